/**
 * A goal being written: what the form holds, how it is checked, and the `GoalInput` it becomes. Pure,
 * so the checks are tested without a form; they come with the form's code (goal-form.ts re-exports
 * them), fetched when a student first opens it.
 */
import type { Goal, GoalInput } from '../../client/types.js';

export interface GoalDraft {
  id?: string;
  title: string;
  why: string;
  successCriteria: string;
  /** `YYYY-MM-DD`, as `<input type="date">` gives it; empty until chosen. */
  targetDate: string;
  steps: Array<{ id?: string; title: string; done: boolean }>;
  shared: boolean;
  /** Kept from the goal being edited, for one without steps. */
  progress: number;
}

/** The fields the form checks, and the message each shows when it is wrong. */
export type GoalErrors = Partial<Record<'title' | 'successCriteria' | 'targetDate', 'errorTitle' | 'errorCriteria' | 'errorDate'>>;

/** The form's order, for focusing the first field that is wrong. */
export const CHECKED_FIELDS = ['title', 'successCriteria', 'targetDate'] as const;

/** A new goal (shared with mentors by default: that is what makes them useful to a mentor), or a copy of one to edit. */
export function draftOf(goal?: Goal): GoalDraft {
  if (!goal) return { title: '', why: '', successCriteria: '', targetDate: '', steps: [], shared: true, progress: 0 };
  const { id, title, why, successCriteria, targetDate, steps, shared, progress } = goal;
  return { id, title, why, successCriteria, targetDate, steps: steps.map(step => ({ ...step })), shared, progress };
}

/**
 * What is wrong with `draft`: a title and success criteria are required, and the target date must be
 * after `today` (the student's day, `YYYY-MM-DD`). An edited goal may keep the date it had, even past.
 */
export function checkDraft(draft: GoalDraft, today: string, previousDate?: string): GoalErrors {
  const errors: GoalErrors = {};
  if (!draft.title.trim()) errors.title = 'errorTitle';
  if (!draft.successCriteria.trim()) errors.successCriteria = 'errorCriteria';
  const keptDate = previousDate !== undefined && draft.targetDate === previousDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.targetDate) || (!keptDate && draft.targetDate <= today)) errors.targetDate = 'errorDate';
  return errors;
}

/** The goal to save: text trimmed, steps without words left out. */
export function inputOf(draft: GoalDraft): GoalInput {
  const steps = draft.steps.map(step => ({ ...step, title: step.title.trim() })).filter(step => step.title);
  return {
    ...(draft.id ? { id: draft.id } : {}),
    title: draft.title.trim(),
    why: draft.why.trim(),
    successCriteria: draft.successCriteria.trim(),
    targetDate: draft.targetDate,
    steps,
    ...(steps.length ? {} : { progress: draft.progress }),
    shared: draft.shared,
  };
}
