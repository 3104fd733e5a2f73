/**
 * The chaos tests' student: mounts the card and the sessions list under a provider, presses Book,
 * Back, Escape, edits the agenda, changes zone, checks again, repeats a session as a series, cancels
 * one meeting or the following ones, moves sessions — at random from a seeded generator — then lets the
 * network heal and reads what the widgets show. The backend (a scripted one in the page, or a real HTTP
 * server) decides when answers arrive; the checks on its records are the caller's.
 */
import { fixture, html } from '@open-wc/testing';
import type {
  BookedEvent,
  MentorScheduleCard,
  MentorshipClient,
  MentorshipProvider,
  MentorshipSessions,
  RescheduledEvent,
} from '../../src/index.js';
import { deepQueryAll } from './card-harness.js';
import { CHAOS_CREDITS } from './small-world.js';

const ZONES = ['America/Bogota', 'Europe/Madrid', 'Asia/Kolkata', 'Pacific/Auckland'];

export interface StudentRun {
  /** Sessions shown to the student as booked (ids, or mentor and start for one shown before its id was known), series' meetings included. */
  shownAsBooked: Set<string>;
  /** Every booking request that reached the backend's door (presses of Book not refused by the page). */
  requested: Array<{ mentor: string; startsAt: string }>;
  card: MentorScheduleCard;
  sessions: MentorshipSessions;
  inCard: (selector: string) => HTMLElement[];
  inSessions: (selector: string) => HTMLElement[];
  /** What the widgets show against what the backend holds (`held`, its upcoming sessions): violations. */
  shownWrongly: (held: Array<{ id: string; mentor: { slug: string }; startsAt: string; series?: string | null }>) => string[];
  /** Removes the listeners; the caller cleans the fixture up. */
  stop: () => void;
}

export interface StudentOptions {
  client: MentorshipClient;
  random: () => number;
  steps: number;
  /** Lets answers arrive between actions (a scripted backend delivers some; a real one just waits). */
  between: () => Promise<unknown> | void;
  /** Makes the network healthy and lets every answer arrive (once per healing round). */
  heal: () => Promise<unknown> | void;
  /** Extra actions for this backend (e.g. delivering answers), drawn like the others. */
  extra?: Array<() => void>;
}

export async function runStudent(options: StudentOptions): Promise<StudentRun> {
  const { random } = options;
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const shownAsBooked = new Set<string>();
  const requested: Array<{ mentor: string; startsAt: string }> = [];
  /**
   * A session shown as booked, by its id; one shown before its id was known (accepted with an answer
   * that could not be read, and the lookup could not tell yet: "Booked" with what was asked for) by its
   * mentor and start.
   */
  const shown = (session: { id: string; mentor: { slug: string }; startsAt: string }) =>
    shownAsBooked.add(session.id || `${session.mentor.slug} ${session.startsAt}`);
  const onBooked = (event: Event) => {
    const { detail } = event as BookedEvent | RescheduledEvent;
    shown(detail.session);
    // A series: every meeting was shown (the booked step lists them all).
    for (const session of ('series' in detail ? detail.series?.sessions : undefined) ?? []) shown(session);
  };
  const onRequest = (event: Event) => requested.push((event as CustomEvent).detail);
  document.addEventListener('mentorship-booked', onBooked);
  document.addEventListener('mentorship-rescheduled', onBooked);
  document.addEventListener('mentorship-booking-request', onRequest);
  const stop = () => {
    document.removeEventListener('mentorship-booked', onBooked);
    document.removeEventListener('mentorship-rescheduled', onBooked);
    document.removeEventListener('mentorship-booking-request', onRequest);
  };

  const provider =
    await fixture<MentorshipProvider>(html`<mentorship-provider .client=${options.client} locale="en" time-zone="America/Bogota">
    <mentor-schedule-card></mentor-schedule-card>
    <mentorship-sessions></mentorship-sessions>
  </mentorship-provider>`);
  const card = provider.querySelector<MentorScheduleCard>('mentor-schedule-card')!;
  const sessions = provider.querySelector<MentorshipSessions>('mentorship-sessions')!;
  const inCard = (selector: string) => deepQueryAll(card.shadowRoot!, selector);
  const inSessions = (selector: string) => deepQueryAll(sessions.shadowRoot!, selector);
  const press = (buttons: HTMLElement[]) => pick(buttons)?.click();
  const choose = (controls: HTMLElement[], value: string) => {
    const control = pick(controls) as HTMLSelectElement | HTMLInputElement | undefined;
    if (!control) return;
    control.value = value;
    control.dispatchEvent(new Event('change'));
  };
  const settle = async () => {
    await options.between();
    await Promise.all([card.updateComplete, sessions.updateComplete]);
  };

  /** What a student set on booking does next: the furthest step the card offers. */
  const progress = () => {
    for (const selector of [
      '[part~="retry"]',
      '[part~="check"]',
      '[part~="confirm"]',
      '[part~="slot"]',
      '[part~="book"]',
      '[part="service"]:not([disabled])',
      '[part~="open"]',
      // Booked: another one.
      '[part~="book-another"]',
    ]) {
      const found = inCard(selector);
      if (found.length) return press(found);
    }
  };

  const actions: Array<() => void> = [
    ...(options.extra ?? []),
    // A student set on booking: half of what they do moves the booking on, so that every sequence
    // presses Book several times among the detours.
    ...Array.from({ length: 28 }, () => progress),
    () => press(inCard('[part~="open"]')),
    () => press(inCard('[part="service"]:not([disabled])')),
    () => press(inCard('[part~="book"]')),
    () => press(inCard('[part~="slot"]')),
    () => {
      const field = inCard('textarea')[0] as HTMLTextAreaElement | undefined;
      if (!field || field.readOnly) return;
      field.value += ' and more';
      field.dispatchEvent(new Event('input'));
    },
    () => press(inCard('[part~="confirm"]')),
    () => press(inCard('[part~="confirm"]')),
    () => press(inCard('[part~="back"]')),
    () =>
      (inCard('textarea')[0] ?? card.shadowRoot!.querySelector('[part="card"]'))?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      ),
    () => press(inCard('[part~="check"]')),
    // Regular meetings: repeat (or not), how many, an alternative taken or skipped. Offered twice as
    // often as one press, so that a run books series as well as single sessions.
    () => choose(inCard('[part="repeat-field"] select'), pick(['', 'week', '2weeks'])!),
    () => choose(inCard('[part="repeat-field"] select'), pick(['week', '2weeks'])!),
    () => choose(inCard('#series-count'), String(2 + Math.floor(random() * 3))),
    () => choose(inCard('[part="instead"]'), pick(['alternative', 'skip'])!),
    () => press(inCard('[part~="book-another"]')),
    () => provider.setAttribute('time-zone', pick(ZONES)!),
    () => press(inSessions('[part~="cancel"]')),
    () => press(inSessions('[part="confirm-cancel"] [part~="confirm"]')),
    () => press(inSessions('[part~="confirm-following"]')),
    () => press(inSessions('[part~="reschedule-toggle"]')),
    () => press(inSessions('[part="reschedule"] [part~="slot"]')),
    () => press(inSessions('[part="reschedule"] [part~="confirm"], [part="reschedule"] [part~="check"]')),
    () => press(inSessions('[part~="keep-time"], [part~="keep"]')),
  ];

  for (let step = 0; step < options.steps; step += 1) {
    pick(actions)!();
    await settle();
  }
  // The network heals: every answer arrives, and the student checks what was not confirmed.
  for (let round = 0; round < 12; round += 1) {
    await options.heal();
    press(inCard('[part~="check"]'));
    press(inSessions('[part~="check"]'));
    press(inCard('[part~="retry"]'));
    await settle();
  }
  await settle();

  const shownWrongly: StudentRun['shownWrongly'] = held => {
    const violations: string[] = [];
    for (const session of held) {
      if (!shownAsBooked.has(session.id) && !shownAsBooked.has(`${session.mentor.slug} ${session.startsAt}`))
        violations.push(
          `session ${session.id} (${session.mentor.slug} ${session.startsAt}${session.series ? `, series ${session.series}` : ''}) was never shown as booked`,
        );
    }
    const times = held.map(session => `${session.mentor.slug} ${session.startsAt}`);
    if (new Set(times).size !== times.length) violations.push(`a time is held twice: ${times.join(', ')}`);
    if (inCard('[part~="unconfirmed"]').length) violations.push('the card still says "not confirmed" on a healthy network');
    const last = requested.at(-1);
    // The confirm step's own message (a load's error state is another matter).
    if (
      card.shadowRoot!.querySelector('p[part="error"]') &&
      last &&
      held.some(session => session.mentor.slug === last.mentor && session.startsAt === last.startsAt)
    ) {
      violations.push(`the card shows an error for a booking that succeeded (${last.mentor} ${last.startsAt})`);
    }
    for (const notice of inSessions('[part~="notice"].notice--error')) {
      const id = notice.closest<HTMLElement>('[data-session]')?.dataset.session;
      if (id && !held.some(session => session.id === id)) violations.push(`the sessions list shows an error at ${id}, which was canceled`);
    }
    for (const [name, element] of [
      ['card', card],
      ['sessions', sessions],
    ] as const) {
      if (!(element.shadowRoot?.textContent ?? '').trim()) violations.push(`the ${name} is blank`);
    }
    return violations;
  };

  return { shownAsBooked, requested, card, sessions, inCard, inSessions, shownWrongly, stop };
}

/** The credits promise on the backend's records: one credit spent for each session held. */
export function creditsKept(remaining: number, held: number): string[] {
  const spent = CHAOS_CREDITS - remaining;
  return spent === held ? [] : [`${spent} credits spent for ${held} sessions held`];
}

export interface SeededRun<F extends string> {
  totals: Record<F, number>;
  /** The sequences that broke a promise, and how. */
  failed: Array<{ seed: number; violations: string[] }>;
  seconds: string;
}

/** Runs `count` seeded sequences, one after another from `firstSeed`, adding up their figures. */
export async function runSeeded<F extends string>(
  count: number,
  firstSeed: number,
  run: (seed: number) => Promise<{ violations: string[]; figures: Record<F, number> }>,
): Promise<SeededRun<F>> {
  const started = performance.now();
  const totals = {} as Record<F, number>;
  const failed: SeededRun<F>['failed'] = [];
  for (let index = 0; index < count; index += 1) {
    const seed = firstSeed + index;
    const { violations, figures } = await run(seed);
    for (const key of Object.keys(figures) as F[]) totals[key] = (totals[key] ?? 0) + figures[key];
    if (violations.length) failed.push({ seed, violations });
  }
  return { totals, failed, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}
