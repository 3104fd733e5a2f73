/**
 * Loaded before the test framework on every test page (web-test-runner.config.mjs): an unhandled
 * promise rejection becomes an uncaught error, which Mocha fails the running test with (or wtr fails
 * the file with, outside a test). Nothing a component does asynchronously can fail silently.
 */
window.addEventListener('unhandledrejection', event => {
  event.preventDefault();
  const reason: unknown = event.reason;
  setTimeout(() => {
    throw reason instanceof Error ? reason : new Error(`Unhandled rejection: ${String(reason)}`);
  });
});

// Tests run Lit in dev mode for its extra checks; its one-time "dev mode" notice on every page would
// only bury the browser logs that matter.
const lit = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string> };
(lit.litIssuedWarnings ??= new Set()).add('dev-mode');
