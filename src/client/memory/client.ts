/**
 * `createMemoryClient`: a `MentorshipClient` over an in-memory store, for demos, prototypes and tests.
 */
import { EVERY_CAPABILITY } from '../capabilities.js';
import { currentLocale } from '../locale.js';
import type { MentorshipClient } from '../types.js';
import { DEMO_STUDENT } from './dataset.js';
import { MemoryStore, type MemoryStoreOptions } from './store.js';

export interface MemoryClientOptions extends MemoryStoreOptions {
  /** A store to share between clients (several students, one backend); a fresh one otherwise. */
  store?: MemoryStore;
  /** Which student this client acts as. Default `demo-student`. */
  student?: string;
  /** Simulated network latency per call, to see loading states. Default 0. */
  latencyMs?: number;
  /** The language of the backend's own messages (policy refusals): a tag, or a getter. Default English. */
  locale?: string | (() => string);
}

export function createMemoryClient(options: MemoryClientOptions = {}): MentorshipClient {
  const store = options.store ?? new MemoryStore(options);
  const student = options.student ?? DEMO_STUDENT;
  const latencyMs = options.latencyMs ?? 0;

  /** Runs a store operation asynchronously, like a network call: after the latency, unless aborted first. */
  function call<T>(signal: AbortSignal | undefined, operation: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const run = () => {
        signal?.removeEventListener('abort', onAbort);
        try {
          resolve(operation());
        } catch (error) {
          reject(error);
        }
      };
      const timer = setTimeout(run, latencyMs);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  return {
    capabilities: { ...EVERY_CAPABILITY, changeNoticeHours: store.changeNoticeHours },
    listServices: ({ signal } = {}) => call(signal, () => store.listServices()),
    listMentors: ({ service, signal } = {}) => call(signal, () => store.listMentors(service, student)),
    getAvailability: ({ signal, ...params }) => call(signal, () => store.getAvailability(student, params)),
    bookSession: ({ signal, ...request }) => call(signal, () => store.bookSession(student, request, currentLocale(options.locale))),
    getCredits: ({ signal } = {}) => call(signal, () => store.getCredits(student)),
    listSessions: ({ status, signal }) => call(signal, () => store.listSessions(student, status)),
    cancelSession: ({ id, scope, idempotencyKey, signal }) =>
      call(signal, () => store.cancelSession(student, id, currentLocale(options.locale), scope, idempotencyKey)),
    previewSeries: ({ signal, ...request }) => call(signal, () => store.previewSeries(student, request)),
    bookSeries: ({ signal, ...request }) => call(signal, () => store.bookSeries(student, request, currentLocale(options.locale))),
    rescheduleSession: ({ signal, ...request }) =>
      call(signal, () => store.rescheduleSession(student, request, currentLocale(options.locale))),
    rateSession: ({ signal, ...request }) => call(signal, () => store.rateSession(student, request, currentLocale(options.locale))),
    submitCheckIn: ({ signal, ...request }) => call(signal, () => store.submitCheckIn(student, request, currentLocale(options.locale))),
    listGoals: ({ signal } = {}) => call(signal, () => store.listGoals(student)),
    saveGoal: ({ goal, idempotencyKey, signal }) => call(signal, () => store.saveGoal(student, goal, idempotencyKey)),
    getProfile: ({ signal } = {}) => call(signal, () => store.getProfile(student)),
    saveProfile: ({ profile, idempotencyKey, signal }) => call(signal, () => store.saveProfile(student, profile, idempotencyKey)),
    getProgram: ({ signal } = {}) => call(signal, () => store.getProgram(student)),
    closeProgram: ({ signal, ...request }) => call(signal, () => store.closeProgram(student, request, currentLocale(options.locale))),
    listGroupSessions: ({ service, signal }) => call(signal, () => store.listGroupSessions(student, service)),
    bookGroupSeat: ({ signal, ...request }) => call(signal, () => store.bookGroupSeat(student, request, currentLocale(options.locale))),
    holdSlot: ({ signal, ...request }) => call(signal, () => store.holdSlot(student, request)),
    releaseHold: ({ id, signal }) => call(signal, () => store.releaseHold(student, id)),
  };
}
