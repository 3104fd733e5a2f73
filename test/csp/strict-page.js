// The strict page's only script: records policy violations, then wires the in-memory backend.
import '/test/csp/record-violations.js';
const { createMemoryClient } = await import('/dist/cdn/memory-client.js');
document.querySelector('mentorship-provider').client = createMemoryClient();
window.pageReady = true;
