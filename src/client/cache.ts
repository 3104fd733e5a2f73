/**
 * `withCache`: one client's reads shared by every component under a provider. Identical requests in
 * flight are sent once; answers are reused for a while (errors never are); a caller's abort only ends
 * its own wait, and the request itself is aborted when nobody waits for it any more; any booking,
 * cancellation, move, rating or hold made through it makes the answers it can change stale. It knows
 * nothing of the page: a change made elsewhere reaches it through `sessionsChanged` (below),
 * which `<mentorship-provider>` calls when the page announces one.
 */
import { forgetReadsAhead } from './transport.js';
import type { MethodSpec } from './methods.js';
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

/**
 * A method's kind in the contract table (methods.ts), read from its name, so that the provider does not
 * carry the table: reads are `get…` and `list…` (services never change), a preview and BreatheCode's
 * link pass through, and anything else is a write. contract-table.test.ts holds it to the table for
 * every method; a method the table does not know is a write (answers are forgotten after it), never a
 * read kept by mistake.
 */
export const kindOf = (name: string): MethodSpec['kind'] =>
  /^(previewSeries|getExternalBookingUrl)$/.test(name)
    ? 'pass'
    : name === 'listServices'
      ? 'static'
      : /^(get|list)[A-Z]/.test(name)
        ? 'read'
        : 'write';

const cached = new WeakMap<MentorshipClient, MentorshipClient>();

/** Each wrapper's answers to forget: everything (`true`), or what a booking can change. */
const forgetting = new WeakMap<MentorshipClient, (all?: true) => void>();

/** Whether `client` shares its answers (a `withCache` wrapper): a read asked ahead through it is not asked again. */
export const keepsAnswers = (client: MentorshipClient): boolean => forgetting.has(client);

/**
 * Makes the next reads through `client` (a `withCache` wrapper; anything else is left alone) go to the
 * backend: a component's `refresh()` means "what the backend says now".
 */
export function dropCachedAnswers(client: MentorshipClient | undefined): void {
  forgetReadsAhead();
  if (client) forgetting.get(client)?.(true);
}

/** The student's sessions changed elsewhere (another client, another provider): forget what that changes. */
export function sessionsChanged(client: MentorshipClient | undefined): void {
  if (client) forgetting.get(client)?.();
}

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

  /** Forgets every answer kept (`all`: the next reads go to the backend), else those a write can change. */
  function forget(all?: true): void {
    for (const [key, entry] of entries)
      if (all ? entry.expires !== Infinity : kindOf(key.slice(0, key.indexOf(':'))) === 'read') entries.delete(key);
  }

  /** Runs a write, then forgets every answer it may have changed, whether it succeeded or not. */
  function write<T>(run: () => Promise<T>): Promise<T> {
    return run().finally(forget);
  }

  /** Each method as the cache serves it, by its kind. */
  const wrap = (name: string, method: (params?: object) => Promise<unknown>) => {
    const kind = kindOf(name);
    // The same question (method, parameters, scope), one request.
    return kind === 'read' || kind === 'static'
      ? ({ signal, ...params }: { signal?: AbortSignal } = {}) =>
          read(keyOf(name, params), signal, inner => method({ ...params, signal: inner }))
      : kind === 'write'
        ? (params: object) => write(() => method(params))
        : method;
  };
  const listMentors = wrap('listMentors', params => client.listMentors(params)) as MentorshipClient['listMentors'];
  const byName = new Map<string, unknown>([
    [
      'listMentors',
      ({ service, signal }: { service?: string; signal?: AbortSignal } = {}) => {
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
      },
    ],
  ]);
  // Every method the client has, whatever it is (none is dropped), called on the client so that a
  // class-based one keeps its `this`; anything else, `capabilities` included, is the client's own.
  const cachedClient = new Proxy(client, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name);
      if (typeof name !== 'string' || typeof value !== 'function') return value;
      // Looked up at each call, as the client has it then.
      const methods = target as unknown as Record<string, (params?: object) => Promise<unknown>>;
      if (!byName.has(name))
        byName.set(
          name,
          wrap(name, params => methods[name](params)),
        );
      return byName.get(name);
    },
  });
  cached.set(client, cachedClient);
  forgetting.set(cachedClient, forget);
  return cachedClient;
}
