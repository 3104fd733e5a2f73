/**
 * The closing form's answers: what the form holds, how it is checked and what it sends. Pure, so the
 * checks are tested without a form.
 */
import type { CloseProgramParams, Goal } from '../../client/types.js';

export interface ClosingDraft {
  /** One achievement per line. */
  achievements: string;
  /** What comes next, in the student's words. */
  summary: string;
  /** 1–5; 0 until chosen. */
  rating: number;
  comment: string;
}

export type ClosingErrors = Partial<Record<'summary' | 'rating', 'closingSummaryMissing' | 'closingRatingMissing'>>;

/** The form's order, for focusing the first field that is wrong. */
export const CLOSING_FIELDS = ['summary', 'rating'] as const;

/** A new closing, its achievements filled in from the goals achieved. */
export function closingDraftOf(goals: Goal[] = []): ClosingDraft {
  return {
    achievements: goals
      .filter(goal => goal.status === 'achieved')
      .map(goal => goal.title)
      .join('\n'),
    summary: '',
    rating: 0,
    comment: '',
  };
}

export function checkClosing(draft: ClosingDraft): ClosingErrors {
  const errors: ClosingErrors = {};
  if (!draft.summary.trim()) errors.summary = 'closingSummaryMissing';
  if (!(draft.rating >= 1 && draft.rating <= 5)) errors.rating = 'closingRatingMissing';
  return errors;
}

/** What `closeProgram` sends: blank lines and repeats left out, the comment only when written. */
export function closingOf(draft: ClosingDraft): Omit<CloseProgramParams, 'signal'> {
  const achievements = [...new Set(draft.achievements.split('\n').map(line => line.trim()))].filter(Boolean);
  const comment = draft.comment.trim();
  return { summary: draft.summary.trim(), achievements, rating: draft.rating, ...(comment && { comment }) };
}
