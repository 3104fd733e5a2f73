/**
 * A scripted, seeded backend for chaos tests: every call reaches a MemoryStore when it is made (as a
 * request reaches a server), and its answer waits in a queue that the test delivers in random order.
 * Faults, drawn from a seeded generator so that a failing run can be replayed:
 *
 * - `drop`: the store did the work, but the client hears a timeout (the answer was lost);
 * - `fail`: the request never arrived (a network error; nothing done);
 * - `duplicate`: the store receives the request twice (the client hears the first answer);
 * - every answer is delayed until delivered, so answers overtake each other.
 *
 * No timers: the test decides when answers arrive, so a few hundred sequences run in seconds.
 */
import { createMemoryClient, MentorshipError, type MemoryStore, type MentorshipClient } from '../../src/index.js';

export { seededRandom } from './seeded-random.js';

export type Fault = 'drop' | 'fail' | 'duplicate';

export class ChaosBackend {
  readonly client: MentorshipClient;
  /** Whether calls may fail; off while the test lets everything settle. */
  faulty = true;
  readonly faults: Record<Fault, number> = { drop: 0, fail: 0, duplicate: 0 };
  calls = 0;
  readonly #answers: Array<() => void> = [];

  constructor(
    store: MemoryStore,
    private readonly random: () => number,
  ) {
    const inner = createMemoryClient({ store });
    const methods = Object.entries(inner).filter(([, value]) => typeof value === 'function') as Array<
      [string, (params?: { signal?: AbortSignal }) => Promise<unknown>]
    >;
    this.client = {
      capabilities: inner.capabilities,
      ...Object.fromEntries(
        methods.map(([name, method]) => [name, (params?: { signal?: AbortSignal }) => this.#call(() => method(params), params?.signal)]),
      ),
    } as MentorshipClient;
  }

  get waiting(): number {
    return this.#answers.length;
  }

  /** Delivers up to `count` answers, picked at random among those waiting. */
  deliver(count: number): void {
    for (let delivered = 0; delivered < count && this.#answers.length > 0; delivered += 1) {
      this.#answers.splice(Math.floor(this.random() * this.#answers.length), 1)[0]();
    }
  }

  #fault(): Fault | undefined {
    if (!this.faulty) return undefined;
    const draw = this.random();
    const fault: Fault | undefined = draw < 0.12 ? 'drop' : draw < 0.22 ? 'fail' : draw < 0.34 ? 'duplicate' : undefined;
    if (fault) this.faults[fault] += 1;
    return fault;
  }

  #call<T>(run: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    this.calls += 1;
    const fault = this.#fault();
    return new Promise<T>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (fault === 'fail') {
        this.#answers.push(() => reject(new MentorshipError('network', 'chaos: the request never arrived')));
        return;
      }
      const answer = run();
      if (fault === 'duplicate') run().catch(() => undefined);
      const settle = (deliver: () => void) =>
        this.#answers.push(fault === 'drop' ? () => reject(new MentorshipError('timeout', 'chaos: the answer was lost')) : deliver);
      answer.then(
        value => settle(() => resolve(value)),
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }
}
