import { preloadChunk } from './preload.js';

/**
 * A chunk fetched the first time it is asked for, once per page: `const loadForm = lazy(() =>
 * import('./form.js'), <its chunk's name>)` (the import keeps a static specifier, so bundlers see the
 * chunk). The example names no real chunk: the CDN build reads names from the source, comments too.
 * `chunk`, the name the CDN build gives it, fetches the chunks it imports at the same time (preload.ts).
 * A failed fetch (offline) is not remembered: the next call fetches again.
 */
export function lazy<T>(load: () => Promise<T>, chunk?: string): () => Promise<T> {
  let module: Promise<T> | undefined;
  return () =>
    (module ??= (chunk && preloadChunk(chunk), load()).catch((error: unknown) => {
      module = undefined;
      throw error;
    }));
}
