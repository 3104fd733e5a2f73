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
