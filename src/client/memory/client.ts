/**
 * `createMemoryClient`: a `MentorshipClient` over an in-memory store, for demos, prototypes and tests.
 * Derived from the contract's table: each method is the store's (`MemoryBackend`), asked as the client's
 * student in the client's language.
 */
import { EVERY_CAPABILITY } from '../capabilities.js';
import { currentLocale } from '../locale.js';
import { METHOD_NAMES, type MethodName } from '../methods.js';
import type { MentorshipClient } from '../types.js';
import { DEMO_STUDENT } from './dataset.js';
import { MemoryStore, type MemoryStoreOptions } from './store.js';

/** A store method as the derived client calls it. */
type StoreMethod = (student: string, params: object, language?: string) => unknown;

export interface MemoryClientOptions extends MemoryStoreOptions {
  /** A store to share between clients (several students, one backend); a fresh one otherwise. */
  store?: MemoryStore;
  /** Which student this client acts as. Default `demo-student`. */
  student?: string;
  /** Act as this mentor (their slug) instead, for the mentor's tags: their sessions, reports and hours. */
  mentor?: string;
  /** Simulated network latency per call, to see loading states. Default 0. */
  latencyMs?: number;
  /** The language of the backend's own messages (policy refusals): a tag, or a getter. Default English. */
  locale?: string | (() => string);
}

export function createMemoryClient(options: MemoryClientOptions = {}): MentorshipClient {
  const store = options.store ?? new MemoryStore(options);
  // Who signs in: a mentor's slug, or a student's id.
  const student = options.mentor ?? options.student ?? DEMO_STUDENT;
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

  const client: Record<string, unknown> = { capabilities: { ...EVERY_CAPABILITY, changeNoticeHours: store.changeNoticeHours } };
  // Every method the store serves (MemoryBackend), called as the student, after the latency.
  for (const name of METHOD_NAMES) {
    const method = (store as Partial<Record<MethodName, StoreMethod>>)[name];
    if (typeof method !== 'function') continue;
    client[name] = ({ signal, ...params }: { signal?: AbortSignal } = {}) =>
      call(signal, () => method.call(store, student, params, currentLocale(options.locale)));
  }
  return client as unknown as MentorshipClient;
}
