import { clock } from './clock.js';
import { downloadFile } from './download.js';
import { safeHttpUrl } from './url.js';

/**
 * One session as an iCalendar file (RFC 5545): CRLF line ends, TEXT values escaped (§3.3.11),
 * lines folded at 75 octets without splitting a UTF-8 character (§3.1), times in UTC.
 */
export interface CalendarEvent {
  uid: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  description: string;
  /** Only an `http(s):` URL; anything else is left out. */
  url: string | null;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  /** A reminder this many minutes before the start (VALARM); `null` for none. */
  reminderMinutes: number | null;
}

/** What a booked session gives its calendar entry (a `MentorshipSession` is one): utils import nothing of ours. */
export interface CalendarSession {
  id: string;
  startsAt: string;
  endsAt: string;
  agenda?: string;
  joinUrl?: string | null;
}

/** The default reminder: half an hour before. */
export const REMINDER_MINUTES = 30;

/**
 * A tag's `reminder-minutes` as minutes, or `null` for none: absent is the default, and anything that
 * is not a number of minutes ≥ 0 (`none`, read as `NaN`) means none.
 */
export function reminderOf(value: number | null | undefined): number | null {
  if (value === undefined) return REMINDER_MINUTES;
  return value !== null && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}

function utc(instant: string | Date): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into ≤75-octet pieces; each continuation starts with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** A calendar file with one event, or several (a series' meetings: one VEVENT each). */
export function toIcs(events: CalendarEvent | CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mentorship-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[events].flat().flatMap(event => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${utc(event.stamp)}`,
      `DTSTART:${utc(event.startsAt)}`,
      `DTEND:${utc(event.endsAt)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`, `LOCATION:${escapeText(event.url)}`] : []),
      // A display alarm (RFC 5545 §3.6.6): calendars that honour it remind the student before the start.
      ...(event.reminderMinutes === null
        ? []
        : [
            'BEGIN:VALARM',
            'ACTION:DISPLAY',
            `DESCRIPTION:${escapeText(event.summary)}`,
            `TRIGGER:-PT${event.reminderMinutes}M`,
            'END:VALARM',
          ]),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * Offers a booked session as `mentoring-session.ics`, with its join link, agenda and reminder; a
 * series' meetings (several sessions) as one `mentoring-sessions.ics` with every meeting.
 */
export function downloadSessionCalendar(
  parent: Node,
  sessions: CalendarSession | CalendarSession[],
  summary: string,
  reminderMinutes?: number | null,
): void {
  const list = [sessions].flat();
  const stamp = clock.now();
  const ics = toIcs(
    list.map(session => {
      const join = safeHttpUrl(session.joinUrl);
      return {
        uid: `${session.id}@mentorship-widgets`,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        summary,
        description: [session.agenda, join].filter(Boolean).join('\n\n'),
        url: join,
        stamp,
        reminderMinutes: reminderOf(reminderMinutes),
      };
    }),
  );
  downloadFile(parent, list.length > 1 ? 'mentoring-sessions.ics' : 'mentoring-session.ics', ics, 'text/calendar;charset=utf-8');
}
