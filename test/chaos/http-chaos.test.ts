/**
 * The seeded chaos test over real HTTP: the student of chaos-student.ts, through the library's own
 * HTTP client (`Idempotency-Key` headers and all), against the contract server in Node
 * (test/server/contract-server.ts) that injects transport faults at random on writes — the answer
 * dropped after the work, dropped before it, a connection reset that Chromium resends by itself, a
 * 503 after the write, a 2xx whose body cannot be read — and delays every answer, so they overtake
 * each other. After each sequence, with the network healthy, on the server's own records:
 *
 * - every session the server holds for the student was shown to them as booked;
 * - credits spent equal sessions held, and no time is held twice;
 * - no write was sent without its key, and a key the server answered was never refused later (a
 *   repeat is answered with the first answer, never "already done");
 * - no widget shows an error (or "not confirmed") for something that succeeded, and none is blank.
 *
 * `npm test` runs a few sequences; `npm run chaos -- --http --sequences 500` a long run. A failing
 * sequence prints its seed: `npm run chaos -- --http --sequences 1 --seed <it>` replays it.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { seededRandom } from '../support/chaos-backend.js';
import { creditsKept, runSeeded, runStudent } from '../support/chaos-student.js';
import { DEFAULT_NOW, pinComponentsClock } from '../support/clock.js';
import {
  CHAOS_TIME_LIMIT_MS,
  httpChaosRun,
  overHttp,
  planFaults,
  protocolKept,
  realHttpClient,
  resetServer,
  serverState,
  sleep,
} from '../support/http-backend.js';

const { sequences: SEQUENCES, firstSeed: FIRST_SEED } = httpChaosRun(4);
const STEPS = 40;
const TIME_LIMIT_MS = CHAOS_TIME_LIMIT_MS;

type Figure = 'faults' | 'writes' | 'attempts' | 'held';

async function runSequence(seed: number): Promise<{ violations: string[]; figures: Record<Figure, number> }> {
  const random = seededRandom(seed);
  await resetServer({ now: DEFAULT_NOW, small: true });
  await planFaults({
    seed,
    rates: { 'drop-after': 0.08, 'drop-before': 0.04, 'reset-after': 0.08, '5xx-after': 0.06, 'bad-body': 0.06 },
    maxDelayMs: 40,
    holdMs: TIME_LIMIT_MS + 100,
  });
  // The transport's own retries would hide what the widgets must handle: none.
  const client = realHttpClient({ retries: 0, timeoutMs: TIME_LIMIT_MS });
  const student = await runStudent({
    client,
    random,
    steps: STEPS,
    ...overHttp(random),
  });
  try {
    // Whatever is still on its way arrives or times out.
    await sleep(TIME_LIMIT_MS * 2);
    const state = await serverState();
    const held = state.upcoming.filter(session => session.status !== 'canceled');
    const violations = [...student.shownWrongly(held), ...creditsKept(state.credits[0].remaining!, held.length)];
    violations.push(...protocolKept(state));
    const writes = state.requests.filter(request => request.method !== 'GET');
    return {
      violations,
      figures: {
        faults: writes.filter(write => write.fault).length,
        writes: writes.length,
        attempts: student.requested.length,
        held: held.length,
      },
    };
  } finally {
    fixtureCleanup();
    student.stop();
  }
}

describe('chaos over real HTTP: transport faults on every write, checked on the server’s records', () => {
  pinComponentsClock(DEFAULT_NOW);

  it(`${SEQUENCES} seeded sequences keep every promise (first seed ${FIRST_SEED})`, async function () {
    this.timeout(SEQUENCES * 15_000 + 10_000);
    const { totals, failed, seconds } = await runSeeded(SEQUENCES, FIRST_SEED, runSequence);
    console.log(
      `chaos over HTTP: ${SEQUENCES} sequences, ${totals.writes} writes, ${totals.faults} transport faults, ${totals.attempts} booking presses ` +
        `(${(totals.attempts / SEQUENCES).toFixed(2)} a sequence), ${totals.held} sessions held at the end, ${failed.length} with invariant violations, ${seconds} s`,
    );
    for (const { seed, violations } of failed.slice(0, 5)) console.log(`chaos over HTTP: seed ${seed} failed: ${violations.join('; ')}`);
    // A run that never meets a fault, or never books, proves nothing.
    expect(totals.faults, 'transport faults injected').to.be.greaterThan(0);
    expect(totals.held, 'sessions booked across the run').to.be.greaterThan(0);
    // A long run must press Book often: at least twice a sequence on average.
    if (SEQUENCES >= 20) expect(totals.attempts / SEQUENCES, 'booking presses a sequence').to.be.at.least(2);
    expect(failed.map(({ seed, violations }) => `seed ${seed}: ${violations.join('; ')}`)).to.deep.equal([]);
  });
});
