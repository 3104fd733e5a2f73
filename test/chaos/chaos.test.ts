/**
 * The seeded chaos test: a backend that delays, drops, duplicates and reorders answers at random, and
 * a scripted student who presses Book, Back, Escape, edits the agenda, changes zone, checks again,
 * repeats a session as a series (how many, alternatives or skips), cancels one meeting or the following
 * ones, and moves sessions — across the card (with its list and agenda) and the sessions list.
 * After each sequence, with the network healthy again:
 *
 * - every session the backend holds for the student was shown to them as booked;
 * - credits spent equal sessions held, and no time is held twice;
 * - no widget shows an error (or "not confirmed") for something that succeeded.
 *
 * `npm test` runs a share of it; `npm run chaos -- --sequences 2000 --seed N` a long one. A failing
 * sequence prints its seed: `npm run chaos -- --sequences 1 --seed <it>` replays it.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { MemoryStore } from '../../src/index.js';
import { ChaosBackend, seededRandom } from '../support/chaos-backend.js';
import { creditsKept, runSeeded, runStudent } from '../support/chaos-student.js';
import { DEFAULT_NOW, fixedClock, pinComponentsClock } from '../support/clock.js';
import { smallWorld } from '../support/small-world.js';

const settings = (window as { chaos?: { sequences?: number; seed?: number } }).chaos ?? {};
const SEQUENCES = settings.sequences ?? 100;
const FIRST_SEED = settings.seed ?? 20261128;
const STEPS = 40;
const STUDENT = 'demo-student';

type Figure = 'faults' | 'calls' | 'attempts' | 'held' | 'inSeries';

async function runSequence(seed: number): Promise<{ violations: string[]; figures: Record<Figure, number> }> {
  const random = seededRandom(seed);
  const store = new MemoryStore({ dataset: smallWorld(new Date(DEFAULT_NOW)), now: fixedClock(DEFAULT_NOW) });
  const backend = new ChaosBackend(store, random);
  const deliver = () => backend.deliver(1 + Math.floor(random() * 3));
  const student = await runStudent({
    client: backend.client,
    random,
    steps: STEPS,
    extra: [deliver, deliver, deliver],
    // Answers arrive while the student acts: none, one or a few, in any order.
    between: async () => {
      backend.deliver(Math.floor(random() * 4));
      await new Promise(resolve => setTimeout(resolve));
    },
    heal: () => {
      backend.faulty = false;
      backend.deliver(Infinity);
    },
  });
  try {
    const held = store.listSessions(STUDENT, { status: 'upcoming' });
    const [pack] = store.getCredits(STUDENT);
    const violations = [...student.shownWrongly(held), ...creditsKept(pack.remaining!, held.length)];
    const faults = backend.faults.drop + backend.faults.fail + backend.faults.duplicate;
    const inSeries = held.filter(session => session.series).length;
    return { violations, figures: { faults, calls: backend.calls, attempts: student.requested.length, held: held.length, inSeries } };
  } finally {
    // One sequence's widgets leave the page before the next: a long run must not pile them up.
    fixtureCleanup();
    student.stop();
  }
}

describe('chaos: the write path under a delaying, dropping, duplicating, reordering backend', () => {
  pinComponentsClock(DEFAULT_NOW);

  it(`${SEQUENCES} seeded sequences keep every promise (first seed ${FIRST_SEED})`, async function () {
    this.timeout(SEQUENCES * 2000 + 10_000);
    const { totals, failed, seconds } = await runSeeded(SEQUENCES, FIRST_SEED, runSequence);
    console.log(
      `chaos: ${SEQUENCES} sequences, ${totals.calls} backend calls, ${totals.faults} faults injected, ${totals.attempts} booking presses, ` +
        `${totals.held} sessions held at the end (${totals.inSeries} in series), ${failed.length} with invariant violations, ${seconds} s`,
    );
    // A run that never books proves nothing.
    expect(totals.held, 'sessions booked across the run').to.be.greaterThan(SEQUENCES / 4);
    if (SEQUENCES >= 50) expect(totals.inSeries, 'meetings of series booked across the run').to.be.greaterThan(0);
    for (const { seed, violations } of failed.slice(0, 5)) console.log(`chaos: seed ${seed} failed: ${violations.join('; ')}`);
    expect(failed.map(({ seed, violations }) => `seed ${seed}: ${violations.join('; ')}`)).to.deep.equal([]);
  });
});
