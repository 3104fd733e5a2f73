/**
 * The memory store's regular meetings: where each meeting of a series falls, and which credit period
 * pays for it. Pure, so the rules are tested apart from the store.
 *
 * A series keeps the mentor's wall-clock time: a weekly 18:00 in Madrid stays 18:00 in Madrid across
 * the October change (the mentor's hours are wall-clock times in their zone, so the meetings stay
 * inside them); a student in a zone that changes on another date sees it move by an hour for the weeks
 * between the two changes.
 */
import { MentorshipError } from '../errors.js';
import type { CreditBucket, SeriesEvery } from '../types.js';
import { occurrenceStarts } from '../../utils/zoned-time.js';

export { occurrenceStarts };

export const SERIES_MIN = 2;
export const SERIES_MAX = 12;

/** How often a series comes, as a request says it: `week` or `2weeks`, else `400`. */
export function checkEvery(every: unknown): SeriesEvery {
  if (every !== 'week' && every !== '2weeks') throw new MentorshipError('bad-request', 'every must be "week" or "2weeks".');
  return every;
}

/** Checks a series' shape: `every` known, `count` a whole number from 2 to 12. */
export function checkSeries(every: unknown, count: unknown): SeriesEvery {
  const known = checkEvery(every);
  if (!Number.isInteger(count) || (count as number) < SERIES_MIN || (count as number) > SERIES_MAX) {
    throw new MentorshipError('bad-request', `count must be a whole number from ${SERIES_MIN} to ${SERIES_MAX}.`);
  }
  return known;
}

/** How often meetings booked at `starts` meet: two weeks apart or more is every two weeks. */
export function everyOf(starts: readonly number[]): SeriesEvery {
  return starts.length > 1 && starts[1] - starts[0] >= 10 * 86_400_000 ? '2weeks' : 'week';
}

/**
 * Which credit period pays for a meeting at `start`: 0 for the bucket's current credits, 1 for the
 * period after its next renewal, and so on, month by month for a monthly bucket. A bucket that does
 * not renew pays everything now.
 */
export function periodOf(bucket: CreditBucket, start: number): number {
  if (!bucket.renewsAt || !bucket.renewal) return 0;
  const renewal = new Date(bucket.renewsAt);
  if (start < renewal.getTime()) return 0;
  if (bucket.renewal !== 'month') return 1;
  const at = new Date(start);
  let months = (at.getUTCFullYear() - renewal.getUTCFullYear()) * 12 + at.getUTCMonth() - renewal.getUTCMonth();
  // Before the renewal's day of the month: still the previous month's credits.
  const next = new Date(renewal);
  next.setUTCMonth(renewal.getUTCMonth() + months);
  if (start < next.getTime()) months -= 1;
  return 1 + months;
}
