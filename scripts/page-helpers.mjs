// What the scripts that drive pages in Chromium (screenshots, the README's check) run in the page.
/** Runs in the page: helpers that look through shadow roots, as the shipped test harnesses do. */
export const HELPERS = `
window.__deep = (selector, root = document) => {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...__deep(selector, element.shadowRoot));
  return found;
};
window.__until = async (selector, test = () => true) => {
  for (let tries = 0; tries < 100; tries += 1) {
    const match = __deep(selector).find(element => element.checkVisibility() && test(element));
    if (match) return match;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('never shown: ' + selector);
};
window.__press = async (selector, test) => (await __until(selector, test)).click();
`;
