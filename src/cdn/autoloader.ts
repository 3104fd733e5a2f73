/**
 * The CDN file's autoloader: every tag is known at once, and its code is fetched the first time the
 * tag appears in the document (in the HTML, or added later). A tag one of ours renders in its shadow
 * root is defined by the code that renders it (the card's steps import the list and the agenda), so
 * every tag works the same without this file, from npm. Shoelace's and Web Awesome's autoloaders do
 * the same with a MutationObserver; the map below keeps each import a static specifier, so a bundler
 * (and the CDN build) sees every chunk.
 */
export const TAG_LOADERS = {
  // The provider first: components that upgrade after it find it at once.
  'mentorship-provider': () => import('../components/mentorship-provider/define.js'),
  'mentor-schedule-card': () => import('../components/mentor-schedule-card/define.js'),
  'mentorship-credits': () => import('../components/mentorship-credits/define.js'),
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

/**
 * Written by the CDN build (vite.cdn.config.ts): the chunks each tag's chunk imports, by relative URL.
 * They are fetched alongside the tag's chunk instead of after it has arrived: one round trip, not two.
 */
declare const __TAG_CHUNK_IMPORTS__: Record<string, string[]> | undefined;
const chunkImports: Record<string, string[] | undefined> = typeof __TAG_CHUNK_IMPORTS__ === 'object' ? __TAG_CHUNK_IMPORTS__ : {};
const preloaded = new Set<string>();

function preloadImportsOf(tag: AutoloadedTag): void {
  for (const file of chunkImports[tag] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/** Fetches a tag's code once; a fetch that failed (offline) is tried again on the next discovery. */
export function loadTag(tag: AutoloadedTag): Promise<unknown> {
  if (customElements.get(tag) || requested.has(tag)) return customElements.whenDefined(tag);
  requested.add(tag);
  preloadImportsOf(tag);
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
