/**
 * Cal.com's API v2 as the host reads it (calcom-mentor.ts is the client's mentor side): their bookings
 * with the attendee and who was absent, and their availability schedule as weekly hours and days off.
 * Pure, and apart from calcom-shapes.ts so that a student's page never carries it.
 */
import { boolean, finiteNumber, listOf, nullable, object, optional, ShapeError, string, takeDropped, type Decoder } from '../decode.js';
import type { Attendance, MentorHours, TimeOff } from '../types.js';
import { calBooking, success, type CalBooking } from './calcom-shapes.js';

/** A booking as its host lists it: the attendee (the student) and who was absent. */
export interface CalHostBooking extends CalBooking {
  attendee: { name: string; email: string | null; timeZone: string | null; absent: boolean } | null;
  absentHost: boolean;
  /** What the attendee wrote: the `notes` booking field, else the description. */
  notes: string;
}

const hostBooking: Decoder<CalHostBooking> = (value, path) => {
  const base = calBooking(value, path);
  return object(field => ({
    ...base,
    attendee:
      field(
        'attendees',
        optional(
          listOf(
            object(attendeeField => ({
              name: attendeeField('name', optional(nullable(string))) ?? '',
              email: attendeeField('email', optional(nullable(string))) ?? null,
              timeZone: attendeeField('timeZone', optional(nullable(string))) ?? null,
              absent: attendeeField('absent', optional(nullable(boolean))) ?? false,
            })),
          ),
        ),
      )?.[0] ?? null,
    absentHost: field('absentHost', optional(nullable(boolean))) ?? false,
    notes:
      field('bookingFieldsResponses', optional(nullable(object(responses => responses('notes', optional(nullable(string)))))))?.trim() ||
      (field('description', optional(nullable(string))) ?? '').trim(),
  }))(value, path);
};

/** `GET /v2/bookings` as the host: a record that cannot be read is left out, the rest kept. */
export const hostBookingList = success(listOf(hostBooking));
export const oneHostBooking: Decoder<CalHostBooking> = success((value, path) => hostBooking(Array.isArray(value) ? value[0] : value, path));

/** What a host's booking says of attendance: only absences are kept, so an ended booking with none was held. */
export function attendanceOf(booking: CalHostBooking): Attendance {
  return booking.absentHost ? 'mentor-absent' : booking.attendee?.absent ? 'student-absent' : 'held';
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A day's override of the schedule: `startTime` equal to `endTime` (Cal.com writes 00:00–00:00) is a day off. */
export interface CalOverride {
  date: string;
  startTime: string;
  endTime: string;
}

export interface CalSchedule {
  id: number;
  timeZone: string;
  availability: Array<{ days: string[]; startTime: string; endTime: string }>;
  overrides: CalOverride[];
}

/** A list read whole or not at all: the schedule is saved back whole, so a part left out would be erased. */
function everyOf<T>(decode: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    const list = listOf(decode)(value, path);
    if (takeDropped(list)) throw new ShapeError(path, 'a list whose every item reads');
    return list;
  };
}

const weekdayName: Decoder<string> = (value, path) => {
  if (WEEKDAYS.includes(value as (typeof WEEKDAYS)[number])) return value as string;
  throw new ShapeError(path, 'a weekday, Monday to Sunday');
};

const clockTime: Decoder<string> = (value, path) => {
  if (typeof value === 'string' && /^\d{2}:\d{2}/.test(value)) return value.slice(0, 5);
  throw new ShapeError(path, 'a time HH:MM');
};

/** `GET /v2/schedules/default` (`data: null` when the host has none) and `PATCH /v2/schedules/{id}`. */
export const schedule: Decoder<CalSchedule | null> = success(
  nullable(
    object(field => ({
      id: field('id', finiteNumber),
      timeZone: field('timeZone', string),
      availability: field(
        'availability',
        everyOf(
          object(block => ({
            days: block('days', everyOf(weekdayName)),
            startTime: block('startTime', clockTime),
            endTime: block('endTime', clockTime),
          })),
        ),
      ),
      overrides:
        field(
          'overrides',
          optional(
            everyOf(
              object(override => ({
                date: override('date', string),
                startTime: override('startTime', clockTime),
                endTime: override('endTime', clockTime),
              })),
            ),
          ),
        ) ?? [],
    })),
  ),
);

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A schedule as the mentor's hours: each block's days as weekly ranges, and its days off (whole-day
 * overrides) joined into ranges. Cal.com keeps no notice or buffer here (they are its event types'),
 * and no note with a day off.
 */
export function hoursOfSchedule(found: CalSchedule): MentorHours {
  const weekly = found.availability
    .flatMap(block =>
      block.days
        .map(day => WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]) + 1)
        .map(weekday => ({ weekday, start: block.startTime, end: block.endTime })),
    )
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  const timeOff: TimeOff[] = [];
  for (const date of [...new Set(found.overrides.filter(isDayOff).map(override => override.date))].sort()) {
    const last = timeOff.at(-1);
    if (last && nextDay(last.to) === date) last.to = date;
    else timeOff.push({ from: date, to: date, note: '' });
  }
  return { timeZone: found.timeZone, weekly, timeOff, noticeMinutes: null, bufferMinutes: null };
}

export const isDayOff = (override: CalOverride) => override.startTime === override.endTime;

/**
 * The schedule's new availability and overrides: the weekly ranges grouped by their times, each day
 * off as a whole-day override, and the overrides that change a day's hours (which the mentor's tag
 * does not edit) kept, unless the day is now off.
 */
export function scheduleOfHours(hours: Pick<MentorHours, 'weekly' | 'timeOff'>, kept: readonly CalOverride[]) {
  const blocks = new Map<string, { days: string[]; startTime: string; endTime: string }>();
  for (const range of hours.weekly) {
    const key = `${range.start}-${range.end}`;
    const block = blocks.get(key) ?? blocks.set(key, { days: [], startTime: range.start, endTime: range.end }).get(key)!;
    block.days.push(WEEKDAYS[range.weekday - 1]);
  }
  const off = new Set<string>();
  for (const range of hours.timeOff) {
    // Bounded: a year of days off at most, whatever was typed.
    for (let day = range.from, count = 0; day <= range.to && count < 366; day = nextDay(day), count++) off.add(day);
  }
  return {
    availability: [...blocks.values()],
    overrides: [
      ...kept.filter(override => !isDayOff(override) && !off.has(override.date)),
      ...[...off].sort().map(date => ({ date, startTime: '00:00', endTime: '00:00' })),
    ],
  };
}
