// The strict page's only script: records policy violations, then wires the in-memory backend.
window.violations = [];
window.pageErrors = [];
addEventListener('error', event => window.pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', event => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', event => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
const { createMemoryClient } = await import('/dist/cdn/memory-client.js');
document.querySelector('mentorship-provider').client = createMemoryClient();
window.pageReady = true;
