import type { CSSResult } from 'lit';

/**
 * Adds a chunk's styles to an element's shadow root, once: code fetched later (a form, a picker)
 * brings its look with it. Constructed style sheets: fine under a strict CSP.
 */
export function adoptSheet(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
