/**
 * The CDN file's autoloader: every tag is known at once, and its code is fetched the first time the
 * tag appears in the document (in the HTML, or added later). A tag one of ours renders in its shadow
 * root is defined by the code that renders it (the card's steps import the list and the agenda), so
 * every tag works the same without this file, from npm. Shoelace's and Web Awesome's autoloaders do
 * the same with a MutationObserver; the map below keeps each import a static specifier, so a bundler
 * (and the CDN build) sees every chunk.
 */
import { preloadChunk } from '../utils/preload.js';
// The README's set-up — a provider around the collapsed card, with the credits the card shows — is in
// this file (vite.cdn.config.ts) and defined as it runs: the card asks for its data at once, with no
// round trip for code before it.
import '../components/mentorship-provider/define.js';
import '../components/mentor-schedule-card/define.js';

/** A tag defined by this file itself. */
const here = () => Promise.resolve();

export const TAG_LOADERS = {
  'mentorship-provider': here,
  'mentor-schedule-card': here,
  'mentorship-credits': here,
  'mentor-list': () => import('../components/mentor-list/define.js'),
  'mentor-agenda': () => import('../components/mentor-agenda/define.js'),
  'mentorship-sessions': () => import('../components/mentorship-sessions/define.js'),
  'mentorship-goals': () => import('../components/mentorship-goals/define.js'),
  'mentorship-intake': () => import('../components/mentorship-intake/define.js'),
  'mentorship-journey': () => import('../components/mentorship-journey/define.js'),
  // The mentor's side.
  'mentor-desk': () => import('../components/mentor-desk/define.js'),
  'mentor-availability': () => import('../components/mentor-availability/define.js'),
} satisfies Record<string, () => Promise<unknown>>;

export type AutoloadedTag = keyof typeof TAG_LOADERS;

const TAGS = Object.keys(TAG_LOADERS) as AutoloadedTag[];
const requested = new Set<string>();

/** Fetches a tag's code once; a fetch that failed (offline) is tried again on the next discovery. */
export function loadTag(tag: AutoloadedTag): Promise<unknown> {
  if (customElements.get(tag) || requested.has(tag)) return customElements.whenDefined(tag);
  requested.add(tag);
  // The chunks the tag's chunk imports come with it, not one round trip after it (a tag's chunk is named for it).
  preloadChunk(tag);
  return TAG_LOADERS[tag]().catch((error: unknown) => {
    requested.delete(tag);
    console.error(
      `mentorship-widgets: the code of <${tag}> could not be fetched; it is tried again when the page changes or comes back online.`,
      error,
    );
  });
}

/** Loads the code of every tag of ours in `root` (and `root` itself) that is not defined yet. */
export function discover(root: Element | Document | DocumentFragment): void {
  const candidates = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) candidates.push(root);
  for (const element of candidates) {
    const tag = element.localName as AutoloadedTag;
    if (TAGS.includes(tag)) void loadTag(tag);
  }
}

let started = false;

/** Discovers what the page has now and watches for what it adds. Idempotent. */
export function startAutoloader(): void {
  if (started) return;
  started = true;
  discover(document);
  new MutationObserver(records => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('online', () => discover(document));
}
