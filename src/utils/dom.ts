/** The nearest element matching `selector` from `element` up, crossing shadow roots to their hosts. */
export function closestAcrossShadows(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
