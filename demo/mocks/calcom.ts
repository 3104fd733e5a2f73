/**
 * A mock of Cal.com's public API v2 in its real shapes, backed by a `MemoryStore` so free times,
 * reservations and bookings behave: every request must carry the `cal-api-version` its endpoint needs,
 * and any that does not is recorded in `violations` (tests fail on it) and refused.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
// From the modules, not the index: the test runner's real HTTP server (test/server/) runs this in Node.
import { CAL_API_VERSIONS, type CalComMentor } from '../../src/client/adapters/calcom.js';
import { MentorshipError } from '../../src/client/errors.js';
import type { MemoryStore } from '../../src/client/memory/store.js';
import { dayKeyOf, offsetAt } from '../../src/utils/days.js';
import { occurrenceStarts } from '../../src/utils/zoned-time.js';

export interface CalComMockOptions {
  store: MemoryStore;
  baseUrl?: string;
  /** The store's student that Cal.com's attendee books as. */
  student?: string;
  /**
   * Whether `GET /v2/bookings` answers: Cal.com lists bookings only with an API key, which an LMS
   * proxy in front of it adds (the set-up the README recommends). Without one it answers 401.
   * Default true.
   */
  listsBookings?: boolean;
  /**
   * The store's mentor whose key the proxy adds on a mentor's page: `GET /v2/bookings` without an
   * attendee lists their bookings as host, and their default schedule is their hours.
   */
  host?: string;
  /**
   * Whether each event type has a weekly recurring twin (`<slug>-weekly`, up to 12 meetings), which
   * turns on regular meetings. Default true.
   */
  series?: boolean;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `2026-11-24T16:00:00.000+01:00`: an instant as Cal.com writes it, in the zone asked for. */
function withOffset(instant: string, timeZone: string): string {
  const offset = offsetAt(Date.parse(instant), timeZone);
  const local = new Date(Date.parse(instant) + offset).toISOString().slice(0, 23);
  const minutes = Math.abs(offset / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const calError = (status: number, code: string, message: string) =>
  HttpResponse.json({ status: 'error', error: { code, message, details: {} } }, { status });

export function createCalComMock({
  store,
  baseUrl = 'https://api.cal.test',
  student = 'student-unlimited',
  listsBookings = true,
  host,
  series = true,
}: CalComMockOptions) {
  const violations: string[] = [];
  /** What a test may change while the mock runs. */
  const control = { listsBookings };
  const requests: Request[] = [];
  const services = store.listServices();
  const mentors = store.listMentors();
  /** One event type per mentor and service they give; the username is the mentor's slug. */
  const eventTypes = mentors.flatMap((mentor, mentorIndex) =>
    mentor.services.map(slug => ({
      id: mentorIndex * 10 + services.findIndex(service => service.slug === slug) + 1,
      slug,
      username: mentor.slug,
      mentor,
      service: services.find(service => service.slug === slug)!,
    })),
  );

  /** A recurring twin's id, and back: the type it repeats. */
  const twinId = (id: number) => id + 500;
  const typeOfTwin = (id: number) => eventTypes.find(type => twinId(type.id) === id);

  /** The options a page would give `createCalComClient` for this mock. */
  const clientOptions = {
    baseUrl,
    ...(host && { mentor: host }),
    services: services,
    mentors: mentors.map((mentor): CalComMentor => ({
      slug: mentor.slug,
      username: mentor.slug,
      timezone: mentor.timezone,
      headline: mentor.headline,
      languages: mentor.languages,
      eventTypes: Object.fromEntries(
        eventTypes
          .filter(type => type.username === mentor.slug)
          .map(type => [
            type.slug,
            {
              slug: type.slug,
              id: type.id,
              ...(series && { series: { slug: `${type.slug}-weekly`, id: twinId(type.id), every: 'week' as const, max: 12 } }),
            },
          ]),
      ),
    })),
  };

  /** Records the request, and refuses it when its `cal-api-version` is not the endpoint's. */
  function gate(request: Request, expected: string): Response | null {
    requests.push(request.clone());
    const sent = request.headers.get('cal-api-version');
    if (sent === expected) return null;
    violations.push(`${request.method} ${new URL(request.url).pathname}: cal-api-version ${sent ?? '(missing)'}, expected ${expected}`);
    return calError(400, 'BadRequestException', 'Old endpoint: unsupported parameters');
  }

  function bookingData(id: string) {
    const session = store
      .listSessions(student, { status: 'upcoming' })
      .concat(store.listSessions(student, { status: 'past' }))
      .find(s => s.id === id);
    if (!session) return undefined;
    const type = eventTypes.find(candidate => candidate.username === session.mentor.slug && candidate.slug === session.service);
    return {
      id: Number(id.replace(/\D/g, '')),
      uid: session.id,
      title: `${type?.service.name} between ${session.mentor.name} and the student`,
      start: session.startsAt,
      end: session.endsAt,
      duration: (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000,
      // A meeting of a series was booked through the recurring twin.
      eventTypeId: type ? (session.series ? twinId(type.id) : type.id) : null,
      ...(session.series && { recurringBookingUid: session.series }),
      status: session.status === 'canceled' ? 'cancelled' : 'accepted',
      location: session.joinUrl,
      meetingUrl: session.joinUrl,
      hosts: [
        {
          id: 1,
          name: session.mentor.name,
          email: `${session.mentor.slug}@example.com`,
          username: session.mentor.slug,
          timeZone: type?.mentor.timezone,
        },
      ],
      attendees: [],
      metadata: {},
    };
  }

  /** Who was marked absent, by booking uid: Cal.com keeps only that of attendance. */
  const absences = new Map<string, { host: boolean; attendee: boolean }>();
  /** Days whose hours differ from the week's (not days off): Cal.com keeps them; the store has none. */
  let partialOverrides: Array<{ date: string; startTime: string; endTime: string }> = [];

  function hostBookings(status?: 'upcoming' | 'past') {
    return host ? store.listMentorSessions(host, status ? { status } : {}) : [];
  }

  function hostBookingData(session: ReturnType<MemoryStore['listMentorSessions']>[number]) {
    const type = eventTypes.find(candidate => candidate.username === host && candidate.slug === session.service);
    const reported = session.report?.attendance;
    const absent = absences.get(session.id) ?? { host: reported === 'mentor-absent', attendee: reported === 'student-absent' };
    const email = `${session.student.id}@example.test`;
    return {
      id: Number(session.id.replace(/\D/g, '')) || 1,
      uid: session.id,
      title: `${type?.service.name} between ${type?.mentor.name} and ${session.student.name}`,
      description: session.agenda,
      start: session.startsAt,
      end: session.endsAt,
      duration: (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000,
      eventTypeId: type?.id ?? null,
      status: session.status === 'canceled' ? 'cancelled' : 'accepted',
      location: session.joinUrl,
      absentHost: absent.host,
      hosts: [{ id: 1, name: type?.mentor.name, username: host, timeZone: type?.mentor.timezone }],
      attendees: [
        { name: session.student.name, email, timeZone: session.student.timezone ?? 'UTC', language: 'en', absent: absent.attendee },
      ],
      bookingFieldsResponses: { name: session.student.name, email, notes: session.agenda },
      metadata: {},
    };
  }

  function scheduleData() {
    const hours = store.getMentorHours(host!);
    const blocks = new Map<string, { days: string[]; startTime: string; endTime: string }>();
    for (const range of hours.weekly) {
      const key = `${range.start}-${range.end}`;
      (blocks.get(key) ?? blocks.set(key, { days: [], startTime: range.start, endTime: range.end }).get(key)!).days.push(
        WEEKDAY_NAMES[range.weekday - 1],
      );
    }
    const daysOff: string[] = [];
    for (const range of hours.timeOff) {
      for (let day = range.from; day <= range.to; day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
        daysOff.push(day);
      }
    }
    return {
      id: 7,
      ownerId: 1,
      name: 'Working hours',
      timeZone: hours.timeZone,
      isDefault: true,
      availability: [...blocks.values()],
      overrides: [...partialOverrides, ...daysOff.map(date => ({ date, startTime: '00:00', endTime: '00:00' }))],
    };
  }

  const handlers: HttpHandler[] = [
    http.get(`${baseUrl}/v2/event-types`, ({ request }) => {
      const username = new URL(request.url).searchParams.get('username');
      return (
        gate(request, CAL_API_VERSIONS.eventTypes) ??
        HttpResponse.json({
          status: 'success',
          data: eventTypes
            .filter(type => type.username === username)
            .map(type => ({
              id: type.id,
              slug: type.slug,
              title: type.service.name,
              lengthInMinutes: type.service.durationMinutes,
              users: [{ id: 1, name: type.mentor.name, username: type.username, avatarUrl: type.mentor.avatarUrl }],
            })),
        })
      );
    }),

    http.get(`${baseUrl}/v2/slots`, ({ request }) => {
      const refused = gate(request, CAL_API_VERSIONS.slots);
      if (refused) return refused;
      const query = new URL(request.url).searchParams;
      const zone = query.get('timeZone') ?? 'UTC';
      const { slots } = store.getAvailability(student, {
        mentor: query.get('username') ?? '',
        service: (query.get('eventTypeSlug') ?? '').replace(/-weekly$/, ''),
        from: query.get('start') ?? '',
        to: query.get('end') ?? '',
      });
      const data: Record<string, Array<{ start: string; end: string }>> = {};
      for (const slot of slots) {
        (data[dayKeyOf(slot.startsAt, zone)] ??= []).push({ start: withOffset(slot.startsAt, zone), end: withOffset(slot.endsAt, zone) });
      }
      return HttpResponse.json({ status: 'success', data });
    }),

    http.post(`${baseUrl}/v2/slots/reservations`, async ({ request }) => {
      const refused = gate(request, CAL_API_VERSIONS.slots);
      if (refused) return refused;
      const { eventTypeId, slotStart } = (await request.json()) as { eventTypeId: number; slotStart: string };
      const type = eventTypes.find(candidate => candidate.id === eventTypeId);
      if (!type) return calError(404, 'NotFoundException', 'Event type not found');
      try {
        const hold = store.holdSlot(student, { mentor: type.username, service: type.slug, startsAt: slotStart });
        return HttpResponse.json(
          {
            status: 'success',
            data: {
              eventTypeId,
              slotStart,
              slotEnd: new Date(Date.parse(slotStart) + type.service.durationMinutes * 60_000).toISOString(),
              slotDuration: type.service.durationMinutes,
              reservationUid: hold.id,
              reservationDuration: 5,
              reservationUntil: hold.expiresAt,
            },
          },
          { status: 201 },
        );
      } catch (error) {
        if (error instanceof MentorshipError && error.code === 'slot-taken') {
          return calError(422, 'UnprocessableEntityException', 'This time slot is already reserved by another user');
        }
        throw error;
      }
    }),

    http.delete(`${baseUrl}/v2/slots/reservations/:uid`, ({ request, params }) => {
      const refused = gate(request, CAL_API_VERSIONS.slots);
      if (refused) return refused;
      store.releaseHold(student, { id: String(params.uid) });
      return HttpResponse.json({ status: 'success' });
    }),

    http.post(`${baseUrl}/v2/bookings`, async ({ request }) => {
      const refused = gate(request, CAL_API_VERSIONS.bookings);
      if (refused) return refused;
      const body = (await request.json()) as {
        start: string;
        eventTypeSlug: string;
        eventTypeId?: number;
        recurrenceCount?: number;
        username: string;
        attendee: { timeZone: string };
        bookingFieldsResponses?: { notes?: string };
        reservationUid?: string;
      };
      const twin = body.eventTypeId === undefined ? undefined : typeOfTwin(body.eventTypeId);
      if (twin) {
        // A recurring event type: every meeting at its interval, in the host's zone, or none.
        const count = body.recurrenceCount ?? 12;
        if (count > 12) return calError(400, 'BadRequestException', 'recurrenceCount cannot be more than event type recurrence count');
        const starts = occurrenceStarts(new Date(body.start), 'week', count, twin.mentor.timezone).map(start => start.toISOString());
        try {
          const booked = store.bookSeries(student, {
            mentor: twin.username,
            service: twin.slug,
            occurrences: starts,
            every: 'week',
            agenda: body.bookingFieldsResponses?.notes ?? '',
            timezone: body.attendee.timeZone,
            idempotencyKey: crypto.randomUUID(),
          });
          return HttpResponse.json({ status: 'success', data: booked.sessions.map(session => bookingData(session.id)) }, { status: 201 });
        } catch (error) {
          if (error instanceof MentorshipError && (error.code === 'slot-taken' || error.code === 'bad-request')) {
            return calError(400, 'BadRequestException', 'User either already has booking at this time or is not available');
          }
          throw error;
        }
      }
      try {
        const session = store.bookSession(student, {
          mentor: body.username,
          service: body.eventTypeSlug,
          startsAt: body.start,
          timezone: body.attendee.timeZone,
          agenda: body.bookingFieldsResponses?.notes ?? '',
          holdId: body.reservationUid,
          idempotencyKey: crypto.randomUUID(),
        });
        return HttpResponse.json({ status: 'success', data: bookingData(session.id) }, { status: 201 });
      } catch (error) {
        if (error instanceof MentorshipError && (error.code === 'slot-taken' || error.code === 'bad-request')) {
          return calError(400, 'BadRequestException', 'User either already has booking at this time or is not available');
        }
        throw error;
      }
    }),

    http.post(`${baseUrl}/v2/bookings/:uid/reschedule`, async ({ request, params }) => {
      const refused = gate(request, CAL_API_VERSIONS.bookings);
      if (refused) return refused;
      const body = (await request.json()) as { start: string };
      try {
        store.rescheduleSession(student, { id: String(params.uid), startsAt: body.start, idempotencyKey: crypto.randomUUID() });
      } catch (error) {
        if (error instanceof MentorshipError && (error.code === 'slot-taken' || error.code === 'bad-request')) {
          return calError(400, 'BadRequestException', 'User either already has booking at this time or is not available');
        }
        throw error;
      }
      return HttpResponse.json({ status: 'success', data: bookingData(String(params.uid)) }, { status: 201 });
    }),

    http.post(`${baseUrl}/v2/bookings/:uid/cancel`, async ({ request, params }) => {
      const refused = gate(request, CAL_API_VERSIONS.bookings);
      if (refused) return refused;
      if (bookingData(String(params.uid))?.status === 'cancelled') {
        return calError(400, 'BadRequestException', 'This booking has already been cancelled.');
      }
      const { cancelSubsequentBookings } = ((await request.json().catch(() => ({}))) ?? {}) as { cancelSubsequentBookings?: boolean };
      store.cancelSession(student, { id: String(params.uid), scope: cancelSubsequentBookings ? 'following' : 'one' });
      return HttpResponse.json({ status: 'success', data: bookingData(String(params.uid)) });
    }),

    // Listing needs an API key: the LMS proxy's, never the browser's.
    http.get(`${baseUrl}/v2/bookings`, ({ request }) => {
      const refused = gate(request, CAL_API_VERSIONS.bookings);
      if (refused) return refused;
      if (!control.listsBookings) return calError(401, 'UnauthorizedException', 'No API key provided');
      const query = new URL(request.url).searchParams;
      if (host && !query.has('attendeeEmail')) {
        const status = query.get('status') as 'upcoming' | 'past' | null;
        const from = Date.parse(query.get('afterStart') ?? '');
        const take = Number(query.get('take') ?? 100);
        const skip = Number(query.get('skip') ?? 0);
        const all = hostBookings(status ?? undefined)
          .filter(session => session.status !== 'canceled' && !(Date.parse(session.startsAt) < from))
          .map(hostBookingData);
        const page = all.slice(skip, skip + take);
        return HttpResponse.json({
          status: 'success',
          data: page,
          pagination: { totalItems: all.length, hasNextPage: skip + take < all.length },
        });
      }
      const after = Date.parse(query.get('afterStart') ?? '');
      const before = Date.parse(query.get('beforeEnd') ?? '');
      const eventTypeId = Number(query.get('eventTypeId'));
      const data = store
        .listSessions(student, { status: 'upcoming' })
        .map(session => bookingData(session.id)!)
        .filter(
          booking =>
            (!eventTypeId || booking.eventTypeId === eventTypeId) &&
            !(Date.parse(booking.start) < after) &&
            !(Date.parse(booking.end) > before),
        );
      return HttpResponse.json({ status: 'success', data, pagination: { totalItems: data.length } });
    }),

    http.post(`${baseUrl}/v2/bookings/:uid/mark-absent`, async ({ request, params }) => {
      const refused = gate(request, CAL_API_VERSIONS.bookings);
      if (refused) return refused;
      if (!host) return calError(401, 'UnauthorizedException', 'No API key provided');
      const session = hostBookings().find(candidate => candidate.id === params.uid);
      if (!session) return calError(404, 'NotFoundException', 'Booking not found');
      const body = (await request.json()) as { host?: boolean; attendees?: Array<{ email: string; absent: boolean }> };
      const current = hostBookingData(session);
      const email = current.attendees[0].email;
      if (body.attendees?.some(attendee => attendee.email !== email)) return calError(400, 'BadRequestException', 'Attendee not found');
      absences.set(session.id, {
        host: body.host ?? current.absentHost,
        attendee: body.attendees?.find(attendee => attendee.email === email)?.absent ?? current.attendees[0].absent,
      });
      return HttpResponse.json({ status: 'success', data: hostBookingData(session) });
    }),

    http.get(`${baseUrl}/v2/schedules/default`, ({ request }) => {
      const refused = gate(request, CAL_API_VERSIONS.schedules);
      if (refused) return refused;
      if (!host) return calError(401, 'UnauthorizedException', 'No API key provided');
      return HttpResponse.json({ status: 'success', data: scheduleData() });
    }),

    http.patch(`${baseUrl}/v2/schedules/:id`, async ({ request, params }) => {
      const refused = gate(request, CAL_API_VERSIONS.schedules);
      if (refused) return refused;
      if (!host) return calError(401, 'UnauthorizedException', 'No API key provided');
      if (params.id !== '7') return calError(404, 'NotFoundException', 'Schedule not found');
      const body = (await request.json()) as {
        timeZone?: string;
        availability?: Array<{ days: string[]; startTime: string; endTime: string }>;
        overrides?: Array<{ date: string; startTime: string; endTime: string }>;
      };
      const before = store.getMentorHours(host);
      const overrides = body.overrides ?? [];
      const daysOff = overrides.filter(override => override.startTime === override.endTime).map(override => override.date);
      partialOverrides = overrides.filter(override => override.startTime !== override.endTime);
      try {
        store.saveMentorHours(host, {
          timeZone: body.timeZone ?? before.timeZone,
          weekly: body.availability
            ? body.availability.flatMap(block =>
                block.days.map(day => ({ weekday: WEEKDAY_NAMES.indexOf(day) + 1, start: block.startTime, end: block.endTime })),
              )
            : before.weekly,
          timeOff: daysOff.map(date => ({ from: date, to: date, note: '' })),
          noticeMinutes: before.noticeMinutes,
          bufferMinutes: before.bufferMinutes,
        });
      } catch (error) {
        if (error instanceof MentorshipError) return calError(400, 'BadRequestException', error.message);
        throw error;
      }
      return HttpResponse.json({ status: 'success', data: scheduleData() });
    }),

    http.get(`${baseUrl}/v2/bookings/:uid`, ({ request, params }) => {
      const refused = gate(request, CAL_API_VERSIONS.bookings);
      if (refused) return refused;
      if (!control.listsBookings) return calError(401, 'UnauthorizedException', 'No API key provided');
      const hosted = hostBookings().find(session => session.id === params.uid);
      if (hosted) return HttpResponse.json({ status: 'success', data: hostBookingData(hosted) });
      const data = bookingData(String(params.uid));
      return data ? HttpResponse.json({ status: 'success', data }) : calError(404, 'NotFoundException', 'Booking not found');
    }),
  ];

  return { baseUrl, handlers, violations, requests, clientOptions, control };
}
