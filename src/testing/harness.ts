/**
 * Page objects for the widgets, shipped as `mentorship-widgets/testing` so an LMS can test its own
 * integration ("book the first free time of Ana", "cancel the next session") without knowing our
 * shadow DOM. Each harness looks through the nested shadow roots (card → list → agenda) the way a
 * person sees one widget, and waits the way a person does: for what they look for to be there and for
 * nothing to be loading. No test framework is needed: they click, type and wait with the DOM alone.
 */

/** Every element matching `selector` in `root` and in the shadow roots below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<E>(element.shadowRoot, selector));
  }
  return found;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The text of an element or shadow root, whitespace folded (nested shadow roots have their own). */
export function textOf(root: Element | ShadowRoot | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once `ready()` holds; rejects with `message` after `timeout` ms. */
export async function until<T>(ready: () => T, message: string, timeout = 4000): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = ready();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(message);
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

/** What every harness does: find things in a widget (and in the widgets inside it), and wait. */
export class Harness<E extends HTMLElement = HTMLElement> {
  constructor(readonly element: E) {}

  /** The widget's shadow root; null until its tag is defined (a CDN page fetches each tag's code). */
  get root(): ShadowRoot | null {
    return this.element.shadowRoot;
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return this.root ? deepQueryAll<T>(this.root, selector) : [];
  }

  one<T extends Element = HTMLElement>(selector: string): T | undefined {
    return this.all<T>(selector)[0];
  }

  /** What the widget says, or what the first element matching `selector` says. */
  text(selector?: string): string {
    return selector ? textOf(this.one(selector)) : textOf(this.root);
  }

  /** Whether something is still loading (a skeleton is shown) anywhere in the widget. */
  loading(): boolean {
    return this.all('[part~="loading"]').length > 0;
  }

  /** Waits until `selector` shows up and nothing is loading; returns the first match. */
  async waitFor<T extends HTMLElement = HTMLElement>(selector: string, message = `${selector} never appeared`, timeout = 4000): Promise<T> {
    await until(() => this.one(selector) && !this.loading(), message, timeout);
    return this.one<T>(selector)!;
  }
}
