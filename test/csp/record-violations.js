// Shared by the strict pages: records policy violations and page errors for the tests to read.
window.violations = [];
window.pageErrors = [];
addEventListener('error', event => window.pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', event => window.pageErrors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', event => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
