/**
 * Fetches a chunk's whole graph at once. A chunk loaded on demand (a tag's, the card's steps, a form)
 * imports chunks of its own, which the browser finds only once it has arrived: one round trip more
 * for each level. The CDN build (vite.cdn.config.ts) writes here, by chunk name, the chunks each one
 * imports (chunks/NAME.js beside the main file); `preloadChunk` adds `modulepreload` links for them,
 * fetched beside the chunk itself. Built from npm, the map is empty: the application's bundler does
 * its own preloading.
 */
declare const __CHUNK_IMPORTS__: Record<string, string[]> | undefined;
const chunkImports: Record<string, string[] | undefined> = typeof __CHUNK_IMPORTS__ === 'object' ? __CHUNK_IMPORTS__ : {};
/** Asks for every chunk `name` imports (its file name without `.js`), once. */
export function preloadChunk(name: string): void {
  for (const file of chunkImports[name] ?? []) {
    // Not a literal inside `new URL()`: Vite would take that for an asset pattern to bundle.
    const path = `chunks/${file}.js`;
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL(path, import.meta.url).href }),
    );
  }
  // Two names may share a chunk: the browser still fetches a module once, however many links name it.
  delete chunkImports[name];
}
