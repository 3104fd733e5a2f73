/// <reference types="vite/client" />
/**
 * The documentation as demo pages: docs/ as the repository has it — the hand-written pages and the tag
 * reference generated from custom-elements.json (`npm run docs`, checked fresh by `npm test`) — so the
 * demo site serves the same words a reader finds on GitHub or npm, never a copy that drifts.
 */
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Marked, type Tokens } from 'marked';
import type { Story } from './story.js';

/** Every page of docs/, by its path inside docs/ (`guide.md`, `reference/mentor-list.md`). */
const SOURCES = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../docs/**/*.md', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [
    path.replace('../../docs/', ''),
    text,
  ]),
);

/** A page's story id: `docs` for the index, `docs/guide`, `docs/reference` and `docs/reference/<tag>`. */
const idOf = (path: string) => `docs/${path.replace(/(^|\/)README\.md$/, '').replace(/\.md$/, '')}`.replace(/\/$/, '');

/** Where a link of `from` points in the demo: another page's story, or (outside docs/) left as written. */
function resolve(from: string, href: string): string {
  if (/^[a-z]+:|^#/i.test(href)) return href;
  const [path] = href.split('#');
  const parts = from.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    // Above docs/ (the repository's README): not a page here.
    if (part === '..' && !parts.pop()) return href;
    if (part !== '..' && part !== '.') parts.push(part);
  }
  const target = parts.join('/');
  // A page of docs/ is a story here (the demo's hash routes stories, so a heading's anchor is dropped).
  return target in SOURCES ? `#${idOf(target)}` : href;
}

function render(path: string): string {
  const marked = new Marked({
    gfm: true,
    walkTokens: token => {
      if (token.type === 'link') (token as Tokens.Link).href = resolve(path, (token as Tokens.Link).href);
    },
    renderer: {
      // A file the demo does not serve (openapi.yaml, an example's source) reads as its name, not a dead link.
      link(token) {
        return /^[a-z]+:|^#/i.test(token.href) ? false : `<code>${this.parser.parseInline(token.tokens)}</code>`;
      },
    },
  });
  return marked.parse(SOURCES[path], { async: false });
}

/** Its first heading, as the menu names the page. */
const titleOf = (path: string) => (SOURCES[path].match(/^# (.+)$/m)?.[1] ?? path).replace(/`/g, '');

/** The index first, then the guide's pages in the index's order, then the reference's. */
function ordered(): string[] {
  const index = 'README.md';
  const listed = [...SOURCES[index].matchAll(/\]\(([\w/-]+\.md)\)/g)].map(match => match[1]).filter(path => path in SOURCES);
  const reference = Object.keys(SOURCES)
    .filter(path => path.startsWith('reference/') && path !== 'reference/README.md')
    .sort();
  return [...new Set([index, ...listed, ...Object.keys(SOURCES).filter(path => !path.startsWith('reference/')), ...reference])];
}

export const docStories: Story[] = ordered().map(path => ({
  id: idOf(path),
  group: path.startsWith('reference/') ? 'Tag reference' : 'Docs',
  title: path === 'README.md' ? 'Documentation' : titleOf(path),
  // Our own pages, from the repository (not a backend's data): the one place the demo renders HTML.
  render: () => html`<article class="demo-doc">${unsafeHTML(render(path))}</article>`,
}));
