/**
 * Where the student is in the programme, derived from the data alone (no template, no clock of its
 * own: "now" is an argument, so tests move it).
 */
import type { Goal, MenteeProfile, MentorshipProgram, MentorshipSession } from '../../client/types.js';
import type { JourneyAction } from '../../events/journey-action.js';

/**
 * The stages of the mentoring cycle, in order (seed 002: orientation and matching, the first meeting,
 * goals and an action plan, regular meetings, skills development, progress review, closing).
 */
export const STAGES = ['orientation', 'first-meeting', 'goals', 'meetings', 'skills', 'review', 'closing'] as const;
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
  /** Whether the backend has group sessions (workshops): the skills development stage. */
  groups?: boolean;
}

export interface Journey {
  /**
   * Each stage the backend supports, with its state; `early` on a stage done while an earlier one is
   * not (the student did them out of the cycle's order).
   */
  stages: Array<{ id: StageId; state: StageState; early?: boolean }>;
  /** The next actions, most important first. */
  actions: JourneyAction[];
  /** The oldest held session still waiting for the student's check-in (a rating counts as one). */
  checkInDue?: MentorshipSession;
  /** The next session booked, when there is one. */
  next?: MentorshipSession;
  /** Who and what a final meeting is with (the last 1-1 session held), offered at closing. */
  finalMeeting?: { mentor: string; service: string; name: string };
  /** The programme ends within `CLOSING_DAYS`, or has ended. */
  nearEnd: boolean;
}

/** From this many days before its end, the journey offers closing the programme. */
export const CLOSING_DAYS = 14;

/**
 * Sessions that took place: a missed or canceled one was not held, nor one its mentor reported as an
 * absence (a backend may leave such a session `completed`).
 */
export function heldSessions(past: MentorshipSession[]): MentorshipSession[] {
  return past.filter(session => session.status === 'completed' && (session.attendance ?? 'held') === 'held');
}

/**
 * One reading of where the student is: the current stage is the first one not done, in the cycle's
 * order, whatever else is done after it (those say they were done early). Its action comes first; a
 * check-in due comes beside it, and closing is offered from `CLOSING_DAYS` before the end.
 */
export function journeyOf(data: JourneyData, now: Date): Journey {
  const { program } = data;
  const held = heldSessions(data.past);
  const sessionsDone = Math.max(program.sessionsDone, held.length);
  const next = data.upcoming.find(session => session.status === 'scheduled' || session.status === 'started');
  const checkInDue = data.checkIns
    ? held.filter(session => !session.checkIn && !session.feedback).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]
    : undefined;
  const nearEnd = Date.parse(program.endsAt) - now.getTime() <= CLOSING_DAYS * 86_400_000;
  const last = held.filter(session => !session.groupSession).sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];

  const done: Record<StageId, boolean | undefined> = {
    // Orientation is telling the programme what you need; without profiles, having started.
    orientation: data.profile === undefined ? Boolean(next) || sessionsDone > 0 : data.profile !== null,
    'first-meeting': sessionsDone > 0,
    goals: data.goals && data.goals.some(goal => goal.status !== 'dropped'),
    // Every planned meeting held; with no number planned, they go on until the end nears.
    meetings: program.sessionsPlanned > 0 ? sessionsDone >= program.sessionsPlanned : nearEnd && sessionsDone > 0,
    // A workshop or group session held.
    skills: data.groups ? held.some(session => session.groupSession) : undefined,
    review: data.checkIns ? held.length > 0 && !checkInDue : undefined,
    closing: Boolean(program.closed),
  };
  const shown = STAGES.filter(id => done[id] !== undefined);
  const current = program.closed ? undefined : shown.find(id => !done[id]);

  const actions: JourneyAction[] = [];
  switch (current) {
    case 'orientation':
      if (program.guidelinesUrl) actions.push('guidelines');
      actions.push(data.profile === undefined ? 'book-orientation' : 'intake');
      break;
    case 'first-meeting':
      // With the first meeting booked there is nothing to do but attend it.
      if (!next) actions.push('book-orientation');
      break;
    case 'goals':
      actions.push('set-goals');
      break;
    case 'meetings':
    case 'skills':
      if (!next) actions.push('book-session');
      break;
    case 'closing':
      // The seed's closing step: a last meeting with the mentor, then the summary.
      if (last && !next) actions.push('final-meeting');
  }
  if (checkInDue && current && current !== 'orientation') actions.push('check-in');
  // Earlier, leaving is a quiet link of its own (see the tag).
  if (current === 'closing' || (current && nearEnd)) actions.push('close');

  const before = current ? shown.indexOf(current) : shown.length;
  const stages = shown.map((id, index) => ({
    id,
    state: id === current ? 'current' : done[id] ? 'done' : 'todo',
    ...(done[id] && index > before && { early: true }),
  })) as Journey['stages'];
  return {
    stages,
    actions,
    checkInDue,
    next,
    nearEnd,
    ...(last && { finalMeeting: { mentor: last.mentor.slug, service: last.service, name: last.mentor.name } }),
  };
}
