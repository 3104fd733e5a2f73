/**
 * The nearest element matching `selector` from `element` up, crossing shadow roots to their hosts.
 * None while rendering on a server, whose elements have no tree to look up (@lit-labs/ssr).
 */
export function closestAcrossShadows(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node?.closest) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
