// Loads the host app's Lit before or after the widgets' (?order=host-first|widgets-first); both copies
// create Lit's Trusted Types policy, which the page's policy allows with 'allow-duplicates'.
import '/test/csp/record-violations.js';
const hostApp = () => import('/__bundle__/test/csp/host-app.ts');
const widgets = () => import('/dist/cdn/mentorship-widgets.js');
try {
  if (new URLSearchParams(location.search).get('order') === 'widgets-first') {
    await widgets();
    await hostApp();
  } else {
    await hostApp();
    await widgets();
  }
  const { createMemoryClient } = await import('/dist/cdn/memory-client.js');
  document.querySelector('mentorship-provider').client = createMemoryClient();
} catch (error) {
  window.pageErrors.push(String(error));
}
window.pageReady = true;
