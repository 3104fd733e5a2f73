/** CDN add-on: the in-memory backend, for prototypes and demos. Shares the main bundle's code. */
import './mentorship-widgets.js';
export { createMemoryClient, type MemoryClientOptions } from '../client/memory/client.js';
export { MemoryStore } from '../client/memory/store.js';
export { createDemoDataset, DEMO_STUDENT } from '../client/memory/dataset.js';
