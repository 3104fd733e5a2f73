/**
 * `createHttpClient`'s `listGoals` (docs/rest-api.md), with the goal's wire shape. Fetched with the
 * first call: pages without goals never load it, and the booking flow (which lists the goals to book
 * for) loads it without any write (`saveGoal` is in http-more.ts).
 */
import { boolean, fields, finiteNumber, instant, known, listOf, looseList, object, orElse, string, text, type Decoder } from './decode.js';
import { sessionMentor, strings } from './schemas.js';
import type { Transport } from './transport.js';
import type { Goal, GoalSession, GoalStep, RequestOptions } from './types.js';

/** A calendar day, `YYYY-MM-DD`; an instant is read as its UTC day. */
const calendarDay: Decoder<string> = (value, path) => {
  const day = typeof value === 'string' ? value.slice(0, 10) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return instant(value, path).slice(0, 10);
  return day;
};

/** 0–100; a value outside is brought inside rather than losing the goal. */
const percentage: Decoder<number> = (value, path) => Math.min(100, Math.max(0, Math.round(finiteNumber(value, path))));

const goalSession = fields<GoalSession>({ id: string, startsAt: instant, mentor: sessionMentor, summary: text, actionItems: strings });

const goal = fields<Goal>({
  id: string,
  title: string,
  // The rest can be left out (and reported) without losing the goal.
  why: orElse(text, ''),
  successCriteria: orElse(text, ''),
  targetDate: calendarDay,
  steps: looseList(fields<GoalStep>({ id: string, title: string, done: boolean })),
  progress: orElse((value, path) => (value == null ? 0 : percentage(value, path)), 0),
  status: orElse((value, path) => (value == null ? 'active' : known(['active', 'achieved', 'dropped'])(value, path)), 'active'),
  shared: orElse((value, path) => (value == null ? false : boolean(value, path)), false),
  sessions: looseList(goalSession),
});

// One unreadable goal is left out (and reported), not the list.
const goalsResponse = object(field => field('goals', listOf(goal)));
export const goalResponse = object(field => field('goal', goal));

export const listGoals = (request: Transport, { signal }: RequestOptions = {}): Promise<Goal[]> =>
  request({ method: 'GET', path: '/goals', signal, decode: goalsResponse });
