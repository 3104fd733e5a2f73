/**
 * "This and the following" — the one rule for which meetings of a series a cancel with
 * `scope: 'following'` takes: the meeting itself and its series' meetings that start later. The
 * sessions list says it before the student confirms, and the in-memory backend does it; both read
 * it here, so what is announced is what is cancelled.
 */
export function thisAndFollowing<T extends { series?: string | null; startsAt: string }>(meeting: T, among: readonly T[]): T[] {
  if (!meeting.series) return [meeting];
  const from = Date.parse(meeting.startsAt);
  return [meeting, ...among.filter(other => other !== meeting && other.series === meeting.series && Date.parse(other.startsAt) > from)];
}
