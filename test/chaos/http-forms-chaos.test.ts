/**
 * Chaos over real HTTP for the writes that are not bookings: goals (new, achieved, dropped, reopened),
 * check-ins, the intake and closing the programme, through the HTTP client against the contract server
 * with transport faults on every write (see http-chaos.test.ts). A seeded student fills and sends the
 * forms, presses them again, and retries; then the network heals and they send once more what is still
 * open. On the server's own records:
 *
 * - every goal, check-in, profile and closing the server holds was shown as done (its success event);
 * - no goal was created twice for one press of "Save" (one per title typed);
 * - every write carried its key, and no repeat of a write the server did was refused;
 * - no widget is blank.
 *
 * `npm test` runs a few sequences; `npm run chaos -- --http --sequences 500` runs this one long too.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type {
  CheckedInEvent,
  GoalSavedEvent,
  MentorshipGoals,
  MentorshipIntake,
  MentorshipJourney,
  MentorshipSessions,
  ProfileSavedEvent,
} from '../../src/index.js';
import { deepQueryAll } from '../support/card-harness.js';
import { runSeeded } from '../support/chaos-student.js';
import { DEFAULT_NOW, pinComponentsClock } from '../support/clock.js';
import {
  CHAOS_TIME_LIMIT_MS,
  httpChaosRun,
  planFaults,
  protocolKept,
  realHttpClient,
  resetServer,
  serverState,
  sleep,
} from '../support/http-backend.js';
import { seededRandom } from '../support/seeded-random.js';

const { sequences: SEQUENCES, firstSeed: FIRST_SEED } = httpChaosRun(3);
const STEPS = 40;
const TIME_LIMIT_MS = CHAOS_TIME_LIMIT_MS;

type Figure = 'faults' | 'writes' | 'done';

async function runSequence(seed: number): Promise<{ violations: string[]; figures: Record<Figure, number> }> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  await resetServer({ now: DEFAULT_NOW });
  const before = await serverState();
  await planFaults({
    seed,
    rates: { 'drop-after': 0.1, 'drop-before': 0.05, 'reset-after': 0.1, '5xx-after': 0.08, 'bad-body': 0.07 },
    maxDelayMs: 40,
    holdMs: TIME_LIMIT_MS + 100,
  });

  const shown = { goals: new Set<string>(), checkIns: new Set<string>(), profiles: [] as string[], closed: 0 };
  const listeners: Array<[string, (event: Event) => void]> = [
    ['mentorship-goal-saved', event => shown.goals.add((event as GoalSavedEvent).detail.goal.id)],
    ['mentorship-checked-in', event => shown.checkIns.add((event as CheckedInEvent).detail.session.id)],
    ['mentorship-profile-saved', event => shown.profiles.push((event as ProfileSavedEvent).detail.profile.goals)],
    ['mentorship-program-closed', () => (shown.closed += 1)],
  ];
  for (const [type, listener] of listeners) document.addEventListener(type, listener);
  const typedTitles: string[] = [];

  const page = await fixture<HTMLElement>(html`<mentorship-provider
    .client=${realHttpClient({ retries: 0, timeoutMs: TIME_LIMIT_MS })}
    locale="en"
    time-zone="America/Bogota"
  >
    <mentorship-goals></mentorship-goals>
    <mentorship-sessions></mentorship-sessions>
    <mentorship-intake></mentorship-intake>
    <mentorship-journey></mentorship-journey>
  </mentorship-provider>`);
  const tags = {
    goals: page.querySelector<MentorshipGoals>('mentorship-goals')!,
    sessions: page.querySelector<MentorshipSessions>('mentorship-sessions')!,
    intake: page.querySelector<MentorshipIntake>('mentorship-intake')!,
    journey: page.querySelector<MentorshipJourney>('mentorship-journey')!,
  };
  const all = (selector: string) => Object.values(tags).flatMap(tag => deepQueryAll(tag.shadowRoot!, selector));
  const press = (selector: string) => pick(all(selector))?.click();
  const type = (selector: string, text: string) => {
    const field = pick(all(selector)) as HTMLInputElement | HTMLTextAreaElement | undefined;
    if (!field || field.readOnly) return;
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

  const actions: Array<() => void> = [
    () => press('[part~="new-goal"], [part~="first-goal"]'),
    () => {
      const title = `Chaos goal ${seed}-${typedTitles.length}`;
      if (all('#title').length) typedTitles.push(title);
      type('#title', title);
      type('#successCriteria', 'Done when it is done');
      for (const [part, value] of [
        ['year', '2027'],
        ['month', '01'],
        ['day', '15'],
      ]) {
        const select = pick(all(`select[name="targetDate-${part}"]`)) as HTMLSelectElement | undefined;
        if (!select) continue;
        select.value = value;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    },
    () => press('[part~="save-goal"]'),
    () => press('[part~="save-goal"]'),
    () => press('[part~="achieve-goal"], [part~="drop-goal"], [part~="reopen-goal"]'),
    () => press('[part~="tab"]:not([aria-selected="true"])'),
    () => press('[part~="check-in"] .stars input'),
    () => type('[part~="check-in"] textarea', 'Clear next steps.'),
    () => press('[part~="check-in"] [part~="send-feedback"]'),
    () => press('[part~="edit-profile"]'),
    () => type('#intake-goals', pick(['Land my first developer job', 'Ship my portfolio', 'Pass the certification'])!),
    () => press('[part~="save-profile"]'),
    () => press('button[part~="close-program"]'),
    () => type('#closing-summary', 'Keep building in public.'),
    () => press('input[name="rating"]'),
    () => press('[part="closing-form"] [type="submit"]'),
    () => press('[part~="retry"]'),
  ];

  try {
    for (let step = 0; step < STEPS; step += 1) {
      pick(actions)!();
      await sleep(random() * 40);
    }
    // The network heals: what is still open is sent again, as a student would.
    await planFaults({});
    for (let round = 0; round < 6; round += 1) {
      for (const selector of [
        '[part~="retry"]',
        '[part~="save-goal"]',
        '[part~="check-in"] [part~="send-feedback"]',
        '[part~="save-profile"]',
        '[part="closing-form"] [type="submit"]',
      ]) {
        for (const control of all(selector)) control.click();
      }
      await sleep(TIME_LIMIT_MS * 2);
    }

    const state = await serverState();
    const violations = protocolKept(state);
    const seeded = new Set(before.goals.map(goal => goal.id));
    const created = state.goals.filter(goal => !seeded.has(goal.id));
    for (const goal of created)
      if (!shown.goals.has(goal.id)) violations.push(`goal "${goal.title}" is on the server but was never shown as saved`);
    const titles = created.map(goal => goal.title);
    if (new Set(titles).size !== titles.length) violations.push(`a goal was created twice: ${titles.join(', ')}`);
    const checkedBefore = new Set(before.past.filter(session => session.checkIn).map(session => session.id));
    for (const session of state.past) {
      if (session.checkIn && !checkedBefore.has(session.id) && !shown.checkIns.has(session.id))
        violations.push(`the check-in on ${session.id} is on the server but was never shown as sent`);
    }
    if (state.profile && state.profile.goals !== before.profile?.goals && !shown.profiles.includes(state.profile.goals))
      violations.push(`the profile "${state.profile.goals}" is on the server but was never shown as saved`);
    if (state.program?.closed && !before.program?.closed && shown.closed === 0)
      violations.push('the programme is closed on the server but was never shown as closed');
    for (const [name, tag] of Object.entries(tags))
      if (!(tag.shadowRoot?.textContent ?? '').trim()) violations.push(`the ${name} is blank`);
    const writes = state.requests.filter(request => request.method !== 'GET');
    return {
      violations,
      figures: {
        faults: writes.filter(write => write.fault).length,
        writes: writes.length,
        done: created.length + shown.checkIns.size + shown.profiles.length + shown.closed,
      },
    };
  } finally {
    fixtureCleanup();
    for (const [type, listener] of listeners) document.removeEventListener(type, listener);
  }
}

describe('chaos over real HTTP: goals, check-ins, the intake and closing under transport faults', () => {
  pinComponentsClock(DEFAULT_NOW);

  it(`${SEQUENCES} seeded sequences keep every promise (first seed ${FIRST_SEED})`, async function () {
    this.timeout(SEQUENCES * 20_000 + 10_000);
    const { totals, failed, seconds } = await runSeeded(SEQUENCES, FIRST_SEED, runSequence);
    console.log(
      `chaos over HTTP (forms): ${SEQUENCES} sequences, ${totals.writes} writes, ${totals.faults} transport faults, ` +
        `${totals.done} writes shown as done, ${failed.length} with invariant violations, ${seconds} s`,
    );
    for (const { seed, violations } of failed.slice(0, 5))
      console.log(`chaos over HTTP (forms): seed ${seed} failed: ${violations.join('; ')}`);
    expect(totals.faults, 'transport faults injected').to.be.greaterThan(0);
    expect(totals.done, 'writes done across the run').to.be.greaterThan(0);
    expect(failed.map(({ seed, violations }) => `seed ${seed}: ${violations.join('; ')}`)).to.deep.equal([]);
  });
});
