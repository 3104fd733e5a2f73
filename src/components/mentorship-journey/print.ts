/**
 * "Print": the summary alone, as a clean page. For the length of the print the page's body is marked,
 * and one document-level rule (print media only) hides everything on the page but the journey, whose
 * own print styles keep only its summary. A constructed sheet, so a page's CSP needs no inline styles.
 */
export const PRINTING = 'data-mentorship-printing';

let sheet: CSSStyleSheet | undefined;

export function printOnly(host: HTMLElement): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { body[${PRINTING}] * { visibility: hidden; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const marked = [document.body, host];
  const unmark = () => marked.forEach(element => element.removeAttribute(PRINTING));
  marked.forEach(element => element.setAttribute(PRINTING, ''));
  addEventListener('afterprint', unmark, { once: true });
  // Chromium's print() returns once the dialog closes; where it returns at once, afterprint still comes.
  print();
}
