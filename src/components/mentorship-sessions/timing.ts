/**
 * When a session's row changes with the clock — Join opening, the countdown, "Live now", the end — as
 * pure functions of the sessions and "now", so the list renders at those instants and no others.
 */
import type { MentorshipSession } from '../../client/types.js';
import { calendarDaysBetween } from '../../utils/calendar-days.js';
import { intl } from '../../utils/intl.js';
import { formatInZone } from '../../utils/time.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** When a session's Join opens (`minutesBefore` its start) and closes (its end). */
export function joinWindowOf(session: MentorshipSession, minutesBefore: number): { opens: number; closes: number } {
  return { opens: Date.parse(session.startsAt) - minutesBefore * MINUTE, closes: Date.parse(session.endsAt) };
}

/**
 * When Join opens, from `now`: "in 5 minutes", "in 3 hours" within a day; beyond, the calendar days in
 * the student's zone and the day and time ("in 2 days (Mon, Nov 30, 11:50 AM)" on a Saturday), never a
 * count of 24-hour blocks. The date and time do not break across lines.
 */
export function joinOpensIn(opens: number, now: number, locale: string, zone: string): string {
  // One formatter per language (intl.ts).
  const format = intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });
  const minutes = Math.ceil((opens - now) / MINUTE);
  if (minutes < 60) return format.format(minutes, 'minute');
  if (minutes < 24 * 60) return format.format(Math.ceil(minutes / 60), 'hour');
  const days = calendarDaysBetween(new Date(now), new Date(opens), zone);
  const when = formatInZone(new Date(opens), locale, zone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `${format.format(days, 'day')} (${when.replace(/\s/g, '\u00a0')})`;
}

/**
 * The next instant after `now` at which any of `shown` looks different: its Join opens or closes, it
 * starts ("Live now", no more Cancel) or ends, its changes close (the change policy's hours), or its countdown's words change (they count whole
 * minutes at the finest: at most once a minute). A day from now at the latest: a render a day keeps
 * a timer's delay within its 32 bits.
 */
export function nextChangeOf(
  shown: readonly MentorshipSession[],
  now: number,
  minutesBefore: number,
  noticeHours: (session: MentorshipSession) => number | undefined = () => undefined,
): number {
  let next = now + 86_400_000;
  const consider = (instant: number) => {
    if (instant > now && instant < next) next = instant;
  };
  for (const session of shown) {
    const { opens, closes } = joinWindowOf(session, minutesBefore);
    consider(opens);
    consider(closes);
    consider(Date.parse(session.startsAt));
    consider(Date.parse(session.startsAt) - (noticeHours(session) ?? Infinity) * HOUR);
    // The countdown's minute count drops when `opens - now` reaches a whole number of minutes.
    if (session.joinUrl && now < opens) consider(opens - (Math.ceil((opens - now) / MINUTE) - 1) * MINUTE);
  }
  return next;
}

/**
 * The list's entries in order: each session, except that a series is one entry (every meeting of it
 * inside), where its first meeting in the list is.
 */
export function entriesOf(sessions: readonly MentorshipSession[], grouped: boolean): MentorshipSession[][] {
  const entries: MentorshipSession[][] = [];
  const bySeries = new Map<string, MentorshipSession[]>();
  for (const session of sessions) {
    const id = grouped ? session.series : undefined;
    const entry = id && bySeries.get(id);
    if (entry) entry.push(session);
    else {
      const fresh = [session];
      entries.push(fresh);
      if (id) bySeries.set(id, fresh);
    }
  }
  return entries;
}
