/**
 * The Cal.com adapter's mentor side (its `mentor` option), for a page where the signed-in mentor is the host: their
 * bookings with each student, attendance through `mark-absent`, and their default availability
 * schedule as weekly hours and days off. Cal.com answers these only with the host's API key, so they
 * go through `baseUrl` — the LMS's proxy, which adds it — as listing bookings already does.
 *
 * What Cal.com keeps of a report is who was absent, nothing more: a booking that ended with no one
 * marked absent was held (as Cal.com itself reads it), and a summary, next steps or feedback are
 * refused rather than dropped (`capabilities.reportFields` is `[]`, so the desk asks for none).
 */
import { MentorshipError } from '../errors.js';
import type { Transport } from '../transport.js';
import type {
  ListMentorSessionsParams,
  MentorHours,
  MentorSession,
  MentorshipClient,
  SaveMentorHoursParams,
  SubmitSessionReportParams,
} from '../types.js';
import { clock } from '../../utils/clock.js';
import { safeHttpUrl } from '../../utils/url.js';
import type { CalComMentor } from './calcom.js';
import { STATUS } from './calcom-shapes.js';
import {
  attendanceOf,
  hostBookingList,
  hoursOfSchedule,
  oneHostBooking,
  schedule,
  scheduleOfHours,
  type CalHostBooking,
  type CalOverride,
} from './calcom-host.js';

export interface CalComMentorContext {
  request: Transport;
  /** The `cal-api-version` headers of bookings and of schedules. */
  versions: { bookings: Record<string, string>; schedules: Record<string, string> };
  /** The signed-in mentor. */
  host: CalComMentor;
  /** How long after a session its attendance may be changed, in hours. */
  windowHours: number;
}

const HOUR = 3_600_000;
/** Bookings asked per page (Cal.com's most), and pages at most: 2,000 bookings of one host. */
const TAKE = 100;
const MAX_PAGES = 20;

export type MentorMethods = Required<
  Pick<MentorshipClient, 'listMentorSessions' | 'submitSessionReport' | 'getMentorHours' | 'saveMentorHours'>
>;

export function calComMentorSide({ request, versions, host, windowHours }: CalComMentorContext): MentorMethods {
  /** Each booking listed, by uid: `mark-absent` names its attendee by email, and its count is kept. */
  const listed = new Map<string, { email: string | null; together: number }>();
  /** The overrides of the schedule last read that change a day's hours: saved back as they were. */
  let read: { id: number; kept: CalOverride[] } | undefined;

  async function bookings(status: 'upcoming' | 'past', signal?: AbortSignal, after?: string): Promise<CalHostBooking[]> {
    const all: CalHostBooking[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const found = await request({
        method: 'GET',
        path: '/v2/bookings',
        query: {
          status,
          afterStart: after,
          sortStart: status === 'past' ? 'desc' : 'asc',
          take: String(TAKE),
          skip: String(page * TAKE),
        },
        headers: versions.bookings,
        signal,
        decode: hostBookingList,
      });
      all.push(...found);
      if (found.length < TAKE) break;
    }
    return all;
  }

  const serviceOf = (booking: CalHostBooking) =>
    Object.entries(host.eventTypes).find(([, eventType]) => eventType.id === booking.eventTypeId)?.[0] ?? '';

  const emailOf = (booking: CalHostBooking) => booking.attendee?.email?.toLowerCase() ?? null;

  /** A host's booking as the desk reads it, with the sessions held together before it. */
  function toMentorSession(booking: CalHostBooking, together: number): MentorSession {
    const now = clock.now().getTime();
    const email = emailOf(booking);
    listed.set(booking.uid, { email, together });
    const status = STATUS[booking.status.toLowerCase()] ?? 'scheduled';
    const attendance = attendanceOf(booking);
    const ended = Date.parse(booking.end) <= now;
    const until = Date.parse(booking.end) + windowHours * HOUR;
    return {
      id: booking.uid,
      service: serviceOf(booking),
      startsAt: booking.start,
      endsAt: booking.end,
      status: status === 'canceled' ? status : attendance !== 'held' ? 'missed' : ended ? 'completed' : status,
      joinUrl: safeHttpUrl(booking.location),
      agenda: booking.notes,
      student: {
        id: email ?? booking.uid,
        name: booking.attendee?.name || '—',
        avatarUrl: null,
        program: null,
        timezone: booking.attendee?.timeZone ?? null,
      },
      goal: null,
      intake: null,
      lastCheckIn: null,
      sessionsTogether: together,
      // Reported once it ended, or once someone was marked absent (a session under way can be).
      report:
        status !== 'canceled' && (ended || attendance !== 'held')
          ? {
              attendance,
              summary: '',
              actionItems: [],
              goalProgress: null,
              feedback: { wentWell: '', toWorkOn: '' },
              at: booking.end,
              editableUntil: until > now ? new Date(until).toISOString() : null,
            }
          : null,
      studentAbsentCredit: null,
    };
  }

  async function listMentorSessions({ from, to, status, signal }: ListMentorSessionsParams = {}): Promise<MentorSession[]> {
    // The past is always read: "sessions together" counts what was held with each student.
    const [past, upcoming] = await Promise.all([bookings('past', signal), status === 'past' ? [] : bookings('upcoming', signal, from)]);
    // The starts of each student's sessions held, grouped once: counting over the whole past for each
    // booking was quadratic in a mentor's history.
    const held = new Map<string | null, string[]>();
    for (const booking of past) {
      if (STATUS[booking.status.toLowerCase()] !== 'canceled' && attendanceOf(booking) === 'held') {
        const starts = held.get(emailOf(booking)) ?? [];
        starts.push(booking.start);
        held.set(emailOf(booking), starts);
      }
    }
    const start = from === undefined ? -Infinity : Date.parse(from);
    const end = to === undefined ? Infinity : Date.parse(to);
    const shown = status === 'past' ? past : status === 'upcoming' ? upcoming : [...past].reverse().concat(upcoming);
    return shown
      .filter(booking => Date.parse(booking.start) >= start && Date.parse(booking.start) < end)
      .map(booking => toMentorSession(booking, (held.get(emailOf(booking)) ?? []).filter(at => at < booking.start).length));
  }

  async function submitSessionReport({
    session,
    attendance,
    summary,
    actionItems,
    goalProgress,
    feedback,
    signal,
  }: SubmitSessionReportParams) {
    if (
      summary?.trim() ||
      actionItems?.some(item => item.trim()) ||
      goalProgress != null ||
      feedback?.wentWell?.trim() ||
      feedback?.toWorkOn?.trim()
    ) {
      throw new MentorshipError(
        'bad-request',
        'Cal.com keeps only who attended (capabilities.reportFields is empty): send the attendance alone.',
      );
    }
    if (!['held', 'student-absent', 'mentor-absent'].includes(attendance)) {
      throw new MentorshipError('bad-request', 'attendance must be held, student-absent or mentor-absent.');
    }
    const path = `/v2/bookings/${encodeURIComponent(session)}`;
    const known = listed.get(session);
    const email = known
      ? known.email
      : emailOf(await request({ method: 'GET', path, headers: versions.bookings, signal, decode: oneHostBooking }));
    if (!email) throw new MentorshipError('invalid-response', `Cal.com names no attendee of booking ${session}.`);
    // Setting who was absent (both, every time) is the same write however often it is sent.
    const marked = await request({
      method: 'POST',
      path: `${path}/mark-absent`,
      headers: versions.bookings,
      body: { host: attendance === 'mentor-absent', attendees: [{ email, absent: attendance === 'student-absent' }] },
      signal,
      decode: oneHostBooking,
    });
    return toMentorSession(marked, known?.together ?? 0);
  }

  async function getMentorHours({ signal }: { signal?: AbortSignal } = {}): Promise<MentorHours> {
    const found = await request({ method: 'GET', path: '/v2/schedules/default', headers: versions.schedules, signal, decode: schedule });
    if (!found) throw new MentorshipError('not-found', 'This Cal.com user has no default availability schedule yet.');
    read = { id: found.id, kept: found.overrides };
    return hoursOfSchedule(found);
  }

  async function saveMentorHours({ timeZone, weekly, timeOff, noticeMinutes, bufferMinutes, signal }: SaveMentorHoursParams) {
    if (timeOff.some(range => range.note.trim())) {
      throw new MentorshipError('bad-request', 'Cal.com keeps no note with a day off (capabilities.timeOffNotes is false).');
    }
    if (noticeMinutes != null || bufferMinutes != null) {
      throw new MentorshipError('bad-request', "Cal.com keeps the notice and the buffer on each event type, not on the mentor's hours.");
    }
    if (!read) await getMentorHours({ signal });
    const { id, kept } = read!;
    const saved = await request({
      method: 'PATCH',
      path: `/v2/schedules/${id}`,
      headers: versions.schedules,
      body: { timeZone, ...scheduleOfHours({ weekly, timeOff }, kept) },
      signal,
      decode: schedule,
    });
    if (!saved) throw new MentorshipError('invalid-response', 'Cal.com answered the schedule with nothing.');
    read = { id: saved.id, kept: saved.overrides };
    return hoursOfSchedule(saved);
  }

  return { listMentorSessions, submitSessionReport, getMentorHours, saveMentorHours };
}
