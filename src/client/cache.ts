/**
 * `withCache`: one client's reads shared by every component under a provider. Identical requests in
 * flight are sent once; answers are reused for a while (errors never are); a caller's abort only ends
 * its own wait, and the request itself is aborted when nobody waits for it any more; any booking,
 * cancellation, move, rating or hold makes the answers it can change stale.
 */
import { SESSION_CHANGE_EVENTS } from '../events/session-changes.js';
import type { Mentor, MentorshipClient } from './types.js';

export interface CacheOptions {
  /** How long an answer is reused. Default 60 s. */
  ttlMs?: number;
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

/** What a booking, a cancellation, a move, a rating or a hold can change: free times, credits, sessions, mentors, seats. */
const CHANGED_BY_WRITES = ['getAvailability', 'getCredits', 'listSessions', 'listMentors', 'listGroupSessions'];

const cached = new WeakMap<MentorshipClient, MentorshipClient>();
/** Each caching wrapper's way to forget every answer it keeps. */
const forgetters = new WeakMap<MentorshipClient, () => void>();

/**
 * Makes the next reads through `client` (a `withCache` wrapper; anything else is left alone) go to the
 * backend: a component's `refresh()` means "what the backend says now".
 */
export function dropCachedAnswers(client: MentorshipClient | undefined): void {
  if (client) forgetters.get(client)?.();
}

/**
 * The caches on the page, reached weakly: a booking made elsewhere (another client or provider)
 * refreshes them all, yet a cache whose client the page dropped can still be collected.
 */
const liveCaches = new Set<WeakRef<() => void>>();
let listeningForChanges = false;

function forgetEverywhere(): void {
  for (const ref of liveCaches) {
    const forget = ref.deref();
    if (forget) forget();
    else liveCaches.delete(ref);
  }
}

/** The caching wrapper of `client`; the same one for the same client, so providers share it. */
export function withCache(client: MentorshipClient, options: CacheOptions = {}): MentorshipClient {
  const known = cached.get(client);
  if (known) return known;
  const ttlMs = options.ttlMs ?? 60_000;
  const entries = new Map<string, Entry>();

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

  // A change made elsewhere on the page (another client, another provider) changes the same things.
  liveCaches.add(new WeakRef(forgetWhatWritesChange));
  if (!listeningForChanges) {
    listeningForChanges = true;
    for (const type of SESSION_CHANGE_EVENTS) globalThis.addEventListener?.(type, forgetEverywhere);
  }

  const wrapper: MentorshipClient = {
    capabilities: client.capabilities,
    listServices: ({ signal } = {}) => read('listServices:', signal, inner => client.listServices({ signal: inner })),
    listMentors: ({ service, signal } = {}) => {
      const fetchList = () => read(`listMentors:${service ?? ''}`, signal, inner => client.listMentors({ service, signal: inner }));
      const all = service === undefined ? undefined : entries.get('listMentors:');
      if (!all || all.expires <= Date.now()) return fetchList();
      // One unfiltered list, with each mentor's next free time per service, serves every service's list.
      return follow('listMentors:', all, signal).then(mentors => {
        const listed = mentors as Mentor[];
        if (!listed.every(mentor => mentor.nextAvailable)) return fetchList();
        return listed
          .filter(mentor => mentor.services.includes(service!))
          .map(mentor => ({ ...mentor, nextAvailableAt: mentor.nextAvailable![service!] ?? null }));
      });
    },
    getAvailability: ({ signal, ...params }) =>
      read(`getAvailability:${params.mentor}|${params.service}|${params.from}|${params.to}`, signal, inner =>
        client.getAvailability({ ...params, signal: inner }),
      ),
    getCredits: ({ signal } = {}) => read('getCredits:', signal, inner => client.getCredits({ signal: inner })),
    listSessions: ({ status, signal }) => read(`listSessions:${status}`, signal, inner => client.listSessions({ status, signal: inner })),
    bookSession: params => write(() => client.bookSession(params)),
    cancelSession: params => write(() => client.cancelSession(params)),
    ...(client.rescheduleSession && { rescheduleSession: params => write(() => client.rescheduleSession!(params)) }),
    ...(client.rateSession && { rateSession: params => write(() => client.rateSession!(params)) }),
    ...(client.listGroupSessions && {
      listGroupSessions: ({ service, signal }) =>
        read(`listGroupSessions:${service}`, signal, inner => client.listGroupSessions!({ service, signal: inner })),
    }),
    ...(client.bookGroupSeat && { bookGroupSeat: params => write(() => client.bookGroupSeat!(params)) }),
    ...(client.holdSlot && { holdSlot: params => write(() => client.holdSlot!(params)) }),
    ...(client.releaseHold && { releaseHold: params => write(() => client.releaseHold!(params)) }),
    ...(client.getExternalBookingUrl && { getExternalBookingUrl: params => client.getExternalBookingUrl!(params) }),
  };
  cached.set(client, wrapper);
  forgetters.set(wrapper, () => {
    for (const [key, entry] of entries) if (entry.expires !== Infinity) entries.delete(key);
  });
  return wrapper;
}
