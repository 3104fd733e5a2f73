/**
 * The memory store's check of a programme's closing: what a backend should refuse, with a message that
 * names the field. Pure, so the rules are tested apart from the store.
 */
import { MentorshipError } from '../errors.js';
import type { CloseProgramParams, ProgramClosure, RequestOptions } from '../types.js';

const refuse = (message: string): never => {
  throw new MentorshipError('bad-request', message);
};

/** The closing as stored (without its time): checked, its text trimmed, blank achievements left out. */
export function checkClosing(request: Omit<CloseProgramParams, keyof RequestOptions>): Omit<ProgramClosure, 'at'> {
  const summary = typeof request.summary === 'string' ? request.summary.trim() : '';
  if (!summary || summary.length > 4000) refuse('summary: say what you achieved (up to 4,000 characters).');
  const { achievements, rating } = request;
  if (!Array.isArray(achievements) || achievements.some(item => typeof item !== 'string') || achievements.length > 20) {
    refuse('achievements must be a list of up to 20 strings.');
  }
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) refuse('rating must be a whole number from 1 to 5.');
  const comment = typeof request.comment === 'string' ? request.comment.trim() : '';
  if (comment.length > 2000) refuse('comment: at most 2,000 characters.');
  return {
    summary,
    achievements: achievements.map(item => item.trim()).filter(Boolean),
    rating,
    ...(comment ? { comment } : {}),
  };
}
