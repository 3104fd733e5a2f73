/**
 * A series as the student plans it from the backend's preview: which time each meeting is booked at
 * (free, the backend's alternative, or skipped) and how many of them the credits cover. Pure: no Lit.
 */
import type { SeriesCredits, SeriesOccurrence, TimeSlot } from '../../../client/types.js';

export interface PlannedMeeting {
  occurrence: SeriesOccurrence;
  /** The time booked: the occurrence when free, else its alternative; `null` when skipped. */
  slot: TimeSlot | null;
}

/**
 * Each previewed meeting's time. One that is not free takes the backend's alternative unless the
 * student skipped it (`skipped` holds occurrences' starts); without an alternative it is skipped.
 */
export function planMeetings(occurrences: readonly SeriesOccurrence[], skipped: ReadonlySet<string>): PlannedMeeting[] {
  return occurrences.map(occurrence => ({
    occurrence,
    slot: occurrence.status === 'free' ? occurrence : (!skipped.has(occurrence.startsAt) && occurrence.alternative) || null,
  }));
}

/**
 * Whether a preview answers what was asked: as many meetings as asked, the first at the chosen time.
 * Another answer (52 dates for 5, another start) is never booked as shown.
 */
export function previewMatches(occurrences: readonly SeriesOccurrence[], asked: { count: number; startsAt: string }): boolean {
  return occurrences.length === asked.count && occurrences[0]?.startsAt === new Date(asked.startsAt).toISOString();
}

/**
 * How many of the meetings at `starts` the credits pay for, `null` when unlimited: the credits now pay
 * for the meetings before the renewal, the renewal's for those after it.
 */
export function coveredCount({ available, renewing }: SeriesCredits, starts: readonly string[]): number | null {
  if (available === null) return null;
  const at = renewing ? Date.parse(renewing.at) : Infinity;
  const before = starts.filter(start => Date.parse(start) < at).length;
  return Math.min(before, available) + Math.min(starts.length - before, renewing?.count ?? 0);
}
