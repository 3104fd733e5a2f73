/**
 * Where the student is in the programme, derived from the data alone (no template, no clock of its
 * own: "now" is an argument, so tests move it).
 */
import type { Goal, MenteeProfile, MentorshipProgram, MentorshipSession } from '../../client/types.js';
import type { JourneyAction } from '../../events/journey-action.js';

/** The stages of the mentoring cycle, in order. */
export const STAGES = ['orientation', 'first-meeting', 'goals', 'meetings', 'review', 'closing'] as const;
export type StageId = (typeof STAGES)[number];
export type StageState = 'done' | 'current' | 'todo';

/** What the journey is derived from; a field is `undefined` when the backend does not keep it. */
export interface JourneyData {
  program: MentorshipProgram;
  profile?: MenteeProfile | null;
  goals?: Goal[];
  upcoming: MentorshipSession[];
  past: MentorshipSession[];
  /** Whether the backend takes check-ins after sessions. */
  checkIns: boolean;
}

export interface Journey {
  /** Each stage the backend supports, with its state. */
  stages: Array<{ id: StageId; state: StageState }>;
  /** The next actions, most important first (at most two: the guidelines beside the orientation's). */
  actions: JourneyAction[];
  /** The oldest held session still waiting for the student's check-in (a rating counts as one). */
  checkInDue?: MentorshipSession;
  /** The next session booked, when there is one. */
  next?: MentorshipSession;
  /** The programme ends within `CLOSING_DAYS`, or has ended. */
  nearEnd: boolean;
}

/** From this many days before its end, the journey proposes closing the programme. */
export const CLOSING_DAYS = 14;

/**
 * Sessions that took place: a missed or canceled one was not held, nor one its mentor reported as an
 * absence (a backend may leave such a session `completed`).
 */
export function heldSessions(past: MentorshipSession[]): MentorshipSession[] {
  return past.filter(session => session.status === 'completed' && (session.attendance ?? 'held') === 'held');
}

export function journeyOf(data: JourneyData, now: Date): Journey {
  const { program } = data;
  const held = heldSessions(data.past);
  const sessionsDone = Math.max(program.sessionsDone, held.length);
  const next = data.upcoming.find(session => session.status === 'scheduled' || session.status === 'started');
  const checkInDue = data.checkIns
    ? held.filter(session => !session.checkIn && !session.feedback).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]
    : undefined;
  const nearEnd = Date.parse(program.endsAt) - now.getTime() <= CLOSING_DAYS * 86_400_000;

  const done: Record<StageId, boolean | undefined> = {
    // Orientation is telling the programme what you need; without profiles, having started.
    orientation: data.profile === undefined ? Boolean(next) || sessionsDone > 0 : data.profile !== null,
    'first-meeting': sessionsDone > 0,
    goals: data.goals && data.goals.some(goal => goal.status !== 'dropped'),
    meetings: program.sessionsPlanned > 0 && sessionsDone >= program.sessionsPlanned,
    review: data.checkIns ? held.length > 0 && !checkInDue : undefined,
    closing: Boolean(program.closed),
  };

  const actions: JourneyAction[] = [];
  let current: StageId | undefined;
  if (!program.closed) {
    if (!done.orientation) {
      current = 'orientation';
      if (program.guidelinesUrl) actions.push('guidelines');
      actions.push(data.profile === undefined ? 'book-orientation' : 'intake');
    } else if (checkInDue) {
      [current, actions[0]] = ['review', 'check-in'];
    } else if (!done['first-meeting']) {
      current = 'first-meeting';
      // With the first meeting booked there is nothing to do but attend it.
      if (!next) actions.push('book-orientation');
    } else if (done.goals === false) {
      [current, actions[0]] = ['goals', 'set-goals'];
    } else if (nearEnd || done.meetings) {
      [current, actions[0]] = ['closing', 'close'];
    } else {
      current = 'meetings';
      if (!next) actions.push('book-session');
    }
  }
  const stateOf = (id: StageId): StageState => (id === current ? 'current' : done[id] ? 'done' : 'todo');
  const stages = STAGES.filter(id => done[id] !== undefined).map(id => ({ id, state: stateOf(id) }));
  return { stages, actions, checkInDue, next, nearEnd };
}
