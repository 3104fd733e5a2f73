/**
 * `withCache`: one client's reads shared by every component under a provider. Identical requests in
 * flight are sent once; answers are reused for a while (errors never are); a caller's abort only ends
 * its own wait, and the request itself is aborted when nobody waits for it any more; any booking,
 * cancellation, move, rating or hold made through it makes the answers it can change stale. It knows
 * nothing of the page: a change made elsewhere reaches it through `sessionsChanged` (cached-answers.ts),
 * which `<mentorship-provider>` calls when the page announces one.
 */
import { registerCache } from './cached-answers.js';
import { METHOD_NAMES, METHODS, methodOf } from './methods.js';
import type { Mentor, MentorshipClient } from './types.js';

export interface CacheOptions {
  /** How long an answer is reused. Default 60 s. */
  ttlMs?: number;
  /**
   * What else an answer depends on, read at each call: the language it was asked in (a backend's
   * names and descriptions). Answers of another scope are not reused.
   */
  scope?: () => string;
}

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; the request is aborted when the last one gives up. */
  waiting: number;
  /** A caller without a signal waits to the end: the request is never aborted for it. */
  pinned: boolean;
  /** When the answer stops being reused; Infinity while in flight. */
  expires: number;
}

/** The reads a booking, a cancellation, a move, a rating or a hold can change (see METHODS). */
const CHANGED_BY_WRITES = METHOD_NAMES.filter(name => METHODS[name].kind === 'read');

const cached = new WeakMap<MentorshipClient, MentorshipClient>();

/** The caching wrapper of `client`; the same one for the same client, so providers share it. */
export function withCache(client: MentorshipClient, options: CacheOptions = {}): MentorshipClient {
  const known = cached.get(client);
  if (known) return known;
  const ttlMs = options.ttlMs ?? 60_000;
  const entries = new Map<string, Entry>();
  /** A read's key: its method, its parameters (the signal aside) and the scope it was asked in. */
  const keyOf = (name: string, params: object) => `${name}:${JSON.stringify(params)}@${options.scope?.() ?? ''}`;

  function read<T>(key: string, signal: AbortSignal | undefined, load: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let entry = entries.get(key);
    if (entry && entry.expires <= Date.now()) {
      entries.delete(key);
      entry = undefined;
    }
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { controller, waiting: 0, pinned: false, expires: Infinity, promise: Promise.resolve() };
      created.promise = load(controller.signal).then(
        value => {
          created.expires = Date.now() + ttlMs;
          return value;
        },
        error => {
          if (entries.get(key) === created) entries.delete(key);
          throw error;
        },
      );
      entries.set(key, created);
      entry = created;
    }
    return follow(key, entry, signal) as Promise<T>;
  }

  /** The shared answer as one caller sees it. */
  function follow(key: string, entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
    if (!signal) {
      entry.pinned = true;
      return entry.promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    entry.waiting += 1;
    return new Promise((resolve, reject) => {
      const done = () => {
        entry.waiting -= 1;
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        done();
        reject(signal.reason);
        if (entry.waiting === 0 && !entry.pinned && entry.expires === Infinity) {
          entry.controller.abort(signal.reason);
          if (entries.get(key) === entry) entries.delete(key);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        value => (done(), resolve(value)),
        error => (done(), reject(error)),
      );
    });
  }

  function forgetWhatWritesChange(): void {
    for (const key of entries.keys()) if (CHANGED_BY_WRITES.some(method => key.startsWith(`${method}:`))) entries.delete(key);
  }

  /** Runs a write, then forgets every answer it may have changed, whether it succeeded or not. */
  function write<T>(run: () => Promise<T>): Promise<T> {
    return run().finally(forgetWhatWritesChange);
  }

  const wrapper: Record<string, unknown> = { capabilities: client.capabilities };
  for (const name of METHOD_NAMES) {
    const method = methodOf(client, name);
    if (!method) continue;
    const { kind } = METHODS[name];
    // The same question (method, parameters, scope), one request.
    wrapper[name] =
      kind === 'read' || kind === 'static'
        ? ({ signal, ...params }: { signal?: AbortSignal } = {}) =>
            read(keyOf(name, params), signal, inner => method({ ...params, signal: inner }))
        : kind === 'write'
          ? (params: Record<string, unknown>) => write(() => method(params))
          : method;
  }
  const listMentors = wrapper.listMentors as MentorshipClient['listMentors'];
  wrapper.listMentors = ({ service, signal }: { service?: string; signal?: AbortSignal } = {}) => {
    const key = keyOf('listMentors', {});
    const all = service === undefined ? undefined : entries.get(key);
    if (!all || all.expires <= Date.now()) return listMentors({ service, signal });
    // One unfiltered list, with each mentor's next free time per service, serves every service's list.
    return follow(key, all, signal).then(mentors => {
      const listed = mentors as Mentor[];
      if (!listed.every(mentor => mentor.nextAvailable)) return listMentors({ service, signal });
      return listed
        .filter(mentor => mentor.services.includes(service!))
        .map(mentor => ({ ...mentor, nextAvailableAt: mentor.nextAvailable![service!] ?? null }));
    });
  };
  const cachedClient = wrapper as unknown as MentorshipClient;
  cached.set(client, cachedClient);
  registerCache(cachedClient, {
    all: () => {
      for (const [key, entry] of entries) if (entry.expires !== Infinity) entries.delete(key);
    },
    changedByWrites: forgetWhatWritesChange,
  });
  return cachedClient;
}
