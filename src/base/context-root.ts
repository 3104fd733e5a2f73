/**
 * The page's context root: a `<mentorship-provider>` that upgrades after its consumers (tags
 * registered in another order, a provider script loaded late) would never hear their requests, so
 * unanswered requests wait here and are asked again when a provider announces itself.
 *
 * It does what `@lit/context`'s `ContextRoot` does, but forgets components that have left the page
 * (they ask again if they come back). `ContextRoot` keeps an entry for every request it ever saw, so
 * an app that mounts and unmounts components without a provider grew by ~0.4 KB per card, for good.
 */
import { ContextEvent, type ContextCallback } from '@lit/context';

type ContextRequest = ContextEvent<never> & { subscribe?: boolean };

/** Per context, the components on the page still waiting for a provider, and their callbacks. */
const waiting = new Map<unknown, Map<Element, Set<ContextCallback<unknown>>>>();

function onRequest(event: ContextRequest): void {
  // A request that does not subscribe wants one answer now, not a later one.
  if (!event.subscribe) return;
  const element = event.contextTarget ?? (event.composedPath()[0] as Element);
  let elements = waiting.get(event.context);
  if (!elements) waiting.set(event.context, (elements = new Map<Element, Set<ContextCallback<unknown>>>()));
  for (const known of elements.keys()) if (!known.isConnected) elements.delete(known);
  let callbacks = elements.get(element);
  if (!callbacks) elements.set(element, (callbacks = new Set()));
  callbacks.add(event.callback as ContextCallback<unknown>);
}

function onProvider(event: Event & { context?: unknown }): void {
  const elements = waiting.get(event.context);
  if (!elements) return;
  // Requests the new provider does not answer wait here again.
  waiting.delete(event.context);
  for (const [element, callbacks] of elements) {
    if (!element.isConnected) continue;
    for (const callback of callbacks) element.dispatchEvent(new ContextEvent(event.context as never, element, callback, true));
  }
}

let attached = false;

/** Listens at the document's root, once. */
export function attachContextRoot(): void {
  if (attached) return;
  attached = true;
  document.documentElement.addEventListener('context-request', onRequest as EventListener);
  document.documentElement.addEventListener('context-provider', onProvider);
}

/** How many (component, context) requests are kept, connected or not: what the root holds on to (for tests). */
export function keptRequests(): number {
  let count = 0;
  for (const elements of waiting.values()) count += elements.size;
  return count;
}
