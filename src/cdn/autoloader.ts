/**
 * The CDN file's autoloader: every tag is known at once, and its code is fetched the first time the
 * tag appears in the document (in the HTML, or added later). A tag one of ours renders in its shadow
 * root is defined by the code that renders it (the card's steps import the list and the agenda), so
 * every tag works the same without this file, from npm. Shoelace's and Web Awesome's autoloaders do
 * the same with a MutationObserver; the map below keeps each import a static specifier, so a bundler
 * (and the CDN build) sees every chunk.
 */
import { preloadChunk } from '../utils/preload.js';
import { createTransport } from '../client/transport.js';
import { credentialsMode } from '../client/http-for-api-base.js';
import { languageOf } from '../controllers/localize.js';

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

/**
 * Starts the collapsed card's first reads while its code is on its way, when its client will be
 * built from an `api-base` (the provider's, else its own): the client's same requests then take these
 * answers (transport.ts) instead of being sent once the code has arrived, one round trip later. What
 * it reads from every backend (the contract's core routes, and `/capabilities`, which every client asks
 * beside its first request); the credits are those its `<mentorship-credits>` shows.
 */
function readAhead(element: Element & { client?: unknown }): void {
  const provider = element.closest<Element & { client?: unknown }>('mentorship-provider');
  if (element.localName !== 'mentor-schedule-card' || element.client || provider?.client) return;
  const source = provider?.hasAttribute('api-base') ? provider : element;
  const baseUrl = source.getAttribute('api-base');
  if (!baseUrl) return;
  const send = createTransport({
    baseUrl,
    credentials: credentialsMode(source.getAttribute('credentials')),
    headers: () => ({ 'Accept-Language': languageOf(source, source.getAttribute('locale')) }),
  });
  for (const path of ['/capabilities', '/services', '/mentors', '/credits'])
    send({ method: 'GET', path, decode: null, ahead: true }).catch(() => undefined);
}

/** Loads the code of every tag of ours in `root` (and `root` itself) that is not defined yet. */
export function discover(root: Element | Document | DocumentFragment): void {
  const candidates = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) candidates.push(root);
  for (const element of candidates) {
    const tag = element.localName as AutoloadedTag;
    if (!TAGS.includes(tag)) continue;
    readAhead(element);
    void loadTag(tag);
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
