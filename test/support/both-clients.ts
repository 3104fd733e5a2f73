/**
 * The same contract through the memory client and through the HTTP client against the MSW backend
 * (the REST contract over the same store): a `describe` per kind, each test with a fresh store at
 * Tuesday 24 November 2026, 12:00 UTC, the demo student, `student-2` and the mentor Ana García.
 */
import { createHttpClient, createMemoryClient, MemoryStore, type MentorshipClient } from '../../src/index.js';
import { fixedClock, type TestClock } from './clock.js';
import { serveStore } from './mock-backend.js';

export interface BothClients {
  clock: TestClock;
  store: MemoryStore;
  /** The demo student. */
  client: MentorshipClient;
  /** `student-2`, on the same store. */
  other: MentorshipClient;
  /** Ana García, a mentor, on the same store (her token is her slug). */
  mentor: MentorshipClient;
}

export function forBothClients(title: string, tests: (backend: BothClients) => void): void {
  for (const kind of ['memory', 'http'] as const) {
    describe(`${title} (${kind} client)`, () => {
      const backend = {} as BothClients;
      beforeEach(async () => {
        backend.clock = fixedClock('2026-11-24T12:00:00.000Z');
        backend.store = new MemoryStore({ now: backend.clock });
        if (kind === 'http') {
          await serveStore(backend.store);
          backend.client = createHttpClient({ baseUrl: '/api', retryDelayMs: 1 });
          backend.other = createHttpClient({ baseUrl: '/api', retryDelayMs: 1, getToken: () => 'student-2' });
          backend.mentor = createHttpClient({ baseUrl: '/api', retryDelayMs: 1, getToken: () => 'ana-garcia' });
        } else {
          backend.client = createMemoryClient({ store: backend.store });
          backend.other = createMemoryClient({ store: backend.store, student: 'student-2' });
          backend.mentor = createMemoryClient({ store: backend.store, mentor: 'ana-garcia' });
        }
      });
      tests(backend);
    });
  }
}
