/**
 * Calls `handler` when the browser comes back online or the page's tab is shown again — the moments a
 * failed load or an unconfirmed booking is worth asking about again. Returns the way to stop.
 */
export function onReturn(handler: () => void): () => void {
  const listener = () => {
    if (document.visibilityState === 'visible') handler();
  };
  addEventListener('online', listener);
  document.addEventListener('visibilitychange', listener);
  return () => {
    removeEventListener('online', listener);
    document.removeEventListener('visibilitychange', listener);
  };
}
