import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../utils/url.js';

/** Pictures that failed to load once, so every list on the page shows initials for them at once. */
const failedPictures = new Set<string>();

let segmenter: Intl.Segmenter | undefined;

/** Up to two initials, by grapheme, so accents, emoji and non-Latin names come out whole. */
export function initialsOf(name: string): string {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const firstGrapheme = (word: string) => segmenter!.segment(word)[Symbol.iterator]().next().value?.segment ?? '';
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked.map(firstGrapheme).join('').toLocaleUpperCase();
}

function toneOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 6;
}

/**
 * A person's picture, or their initials when there is none, it is not an `http(s):` URL, or it fails
 * to load. Decorative by default (the name is next to it); give `label` when it stands alone.
 */
export function renderAvatar(
  host: ReactiveControllerHost,
  person: { name: string; avatarUrl: string | null },
  label?: string,
): TemplateResult {
  const url = safeHttpUrl(person.avatarUrl);
  if (url && !failedPictures.has(url)) {
    const onError = () => {
      failedPictures.add(url);
      host.requestUpdate();
    };
    return html`<img part="avatar" class="avatar" src=${url} alt=${label ?? ''} loading="lazy" @error=${onError} />`;
  }
  const classes = `avatar avatar--initials tone-${toneOf(person.name)}`;
  return label
    ? html`<span part="avatar" class=${classes} role="img" aria-label=${label}>${initialsOf(person.name)}</span>`
    : html`<span part="avatar" class=${classes} aria-hidden="true">${initialsOf(person.name)}</span>`;
}
