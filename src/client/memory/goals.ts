/**
 * The memory store's goals: how a student's goal input becomes a stored goal (checked, its steps given
 * ids, its progress counted), and how a check-in moves it. Pure, so the store only keeps the records.
 */
import { MentorshipError } from '../errors.js';
import type { Goal, GoalCheckIn, GoalInput, GoalStatus } from '../types.js';

export interface StoredGoal extends Omit<Goal, 'sessions'> {
  student: string;
}

const STATUSES: readonly GoalStatus[] = ['active', 'achieved', 'dropped'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: unknown): value is string {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The share of steps done, as a whole percentage; `fallback` (clamped) for a goal without steps. */
export function progressOf(steps: ReadonlyArray<{ done: boolean }>, fallback: number): number {
  if (steps.length) return Math.round((steps.filter(step => step.done).length / steps.length) * 100);
  return Math.min(100, Math.max(0, Math.round(Number.isFinite(fallback) ? fallback : 0)));
}

function required(value: unknown, name: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new MentorshipError('bad-request', `${name} is required.`);
  return text.slice(0, max);
}

/**
 * The goal `input` describes, new (`existing` undefined) or changed. `today` is the earliest calendar
 * day anywhere now: a new target date before it is in the past for every student, so it is refused;
 * a goal that is already overdue can still be edited.
 */
export function goalFrom(
  student: string,
  input: GoalInput,
  existing: StoredGoal | undefined,
  today: string,
  newId: (prefix: 'goal' | 'step') => string,
): StoredGoal {
  const title = required(input.title, 'title', 200);
  const successCriteria = required(input.successCriteria, 'success_criteria', 2000);
  if (!isCalendarDay(input.targetDate)) throw new MentorshipError('bad-request', 'target_date must be a day, YYYY-MM-DD.');
  if (input.targetDate < today && input.targetDate !== existing?.targetDate) {
    throw new MentorshipError('bad-request', 'target_date must not be in the past.');
  }
  const status = input.status ?? existing?.status ?? 'active';
  if (!STATUSES.includes(status as GoalStatus)) throw new MentorshipError('bad-request', 'status must be active, achieved or dropped.');
  const steps = (input.steps ?? existing?.steps ?? []).map(step => ({
    id: step.id && existing?.steps.some(known => known.id === step.id) ? step.id : newId('step'),
    title: required(step.title, 'steps[].title', 200),
    done: step.done === true,
  }));
  return {
    student,
    id: existing?.id ?? newId('goal'),
    title,
    why: typeof input.why === 'string' ? input.why.trim().slice(0, 2000) : (existing?.why ?? ''),
    successCriteria,
    targetDate: input.targetDate,
    steps,
    progress: progressOf(steps, input.progress ?? existing?.progress ?? 0),
    status,
    shared: input.shared ?? existing?.shared ?? true,
  };
}

/** Moves `goal` by what a check-in reported of it: steps ticked, or the progress of a goal without steps. */
export function applyCheckIn(goal: StoredGoal, report: GoalCheckIn): void {
  for (const step of goal.steps) if (report.stepsDone?.includes(step.id)) step.done = true;
  goal.progress = progressOf(goal.steps, report.progress ?? goal.progress);
}

/** Active goals first, then achieved, then dropped; each group by target date. */
export function goalOrder(a: StoredGoal, b: StoredGoal): number {
  const rank = (goal: StoredGoal) => {
    const index = STATUSES.indexOf(goal.status as GoalStatus);
    return index < 0 ? STATUSES.length : index;
  };
  return rank(a) - rank(b) || a.targetDate.localeCompare(b.targetDate);
}
