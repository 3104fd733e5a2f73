/**
 * A chunk fetched the first time it is asked for, once per page: `const loadForm = lazy(() =>
 * import('./form.js'))` (the import keeps a static specifier, so bundlers see the chunk). A failed
 * fetch (offline) is not remembered: the next call fetches again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let module: Promise<T> | undefined;
  return () =>
    (module ??= load().catch((error: unknown) => {
      module = undefined;
      throw error;
    }));
}
