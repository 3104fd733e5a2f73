/**
 * The Cal.com adapter's regular meetings: a service's recurring twin in Cal.com (`eventTypes[service]
 * .series`) booked as one series. Cal.com cannot preview a recurring booking, so the preview reads the
 * mentor's free times over the whole span (`GET /v2/slots` on the recurring type) and marks each
 * meeting free or taken itself; the booking is one `POST /v2/bookings` with `recurrenceCount`.
 *
 * A recurring event type books its meetings at its own interval, all of them: none can be skipped or
 * moved to another time, so a preview offers no alternatives, and a series with a gap is refused
 * before anything is sent. Fetched with the first preview: a page that never repeats never carries it.
 */
import { listOf, object, optional, nullable, string, type Decoder } from '../decode.js';
import { MentorshipError } from '../errors.js';
import type { Transport } from '../transport.js';
import type {
  BookedSeries,
  BookSeriesParams,
  MentorshipClient,
  MentorshipSession,
  PreviewSeriesParams,
  SeriesEvery,
  SeriesPreview,
} from '../types.js';
import { occurrenceStarts } from '../../utils/zoned-time.js';
import { clock } from '../../utils/clock.js';
import type { CalComMentor, CalComSeriesType } from './calcom.js';
import { calBooking, slotsByDay, STATUS, success, type CalBooking } from './calcom-shapes.js';

export interface CalComSeriesContext {
  request: Transport;
  versions: { bookings: Record<string, string>; slots: Record<string, string> };
  mentorBySlug: (slug: string) => CalComMentor;
  durationOf: (service: string) => number;
  /** The attendee booking, and the language of Cal.com's messages to them. */
  attendee: () => { name: string; email: string; language: string };
  /** The page's language (the adapter's `locale`), for the words of a refusal; the browser's when absent. */
  locale: () => string | undefined;
  /** The adapter's promise kept per idempotency key (see `once` in calcom.ts). */
  once: <T>(key: string, run: () => Promise<T>, find: () => Promise<T | null | undefined>) => Promise<T>;
  /** The attendee's bookings of an event type over a span, as a single booking's lookup reads them (calcom.ts). */
  attendeeBookings: <T>(eventTypeId: number, start: number, end: number, decode: Decoder<T[]>) => Promise<T[] | undefined>;
  /** A booking as a session with the mentor's name; kept by the adapter for cancelling and moving. */
  session: (result: CalBooking, fallback: { service: string; mentor: CalComMentor; agenda: string }) => Promise<MentorshipSession>;
}

export type CalComSeriesMethods = Required<Pick<MentorshipClient, 'previewSeries' | 'bookSeries'>>;

/**
 * What the card shows when Cal.com cannot book what was asked (a refusal's `reason`), in the page's
 * language: a recurring event type has one interval, a most of meetings, and no gaps.
 */
const REFUSALS = {
  en: {
    every: (week: boolean) =>
      `Regular meetings with this mentor are ${week ? 'every week' : 'every 2 weeks'}: choose “${week ? 'Every week' : 'Every 2 weeks'}”.`,
    max: (max: number) => `Regular meetings with this mentor go up to ${max} at a time.`,
    gap: 'On this calendar a series cannot skip a date: choose another start or fewer meetings.',
  },
  es: {
    every: (week: boolean) =>
      `Las reuniones periódicas con este mentor son ${week ? 'cada semana' : 'cada 2 semanas'}: elige «${week ? 'Cada semana' : 'Cada 2 semanas'}».`,
    max: (max: number) => `Las reuniones periódicas con este mentor son de ${max} como máximo.`,
    gap: 'En este calendario una serie no puede saltarse una fecha: elige otro comienzo o menos reuniones.',
  },
};

type SeriesBooking = CalBooking & { recurringBookingUid: string | null };

const seriesBooking: Decoder<SeriesBooking> = (value, path) => ({
  ...calBooking(value, path),
  recurringBookingUid: object(field => field('recurringBookingUid', optional(nullable(string))) ?? null)(value, path),
});
/** A recurring booking answers every meeting (a single one, one object). */
const seriesBookings = success<SeriesBooking[]>((value, path) => listOf(seriesBooking)(Array.isArray(value) ? value : [value], path));

export function calComSeries({
  request,
  versions,
  mentorBySlug,
  durationOf,
  attendee,
  locale,
  once,
  attendeeBookings,
  session,
}: CalComSeriesContext): CalComSeriesMethods {
  const words = () => ((locale() ?? globalThis.navigator?.language ?? 'en').toLowerCase().startsWith('es') ? REFUSALS.es : REFUSALS.en);

  /** The mentor's recurring twin for the service, checked against what was asked. */
  function twinOf(mentor: CalComMentor, service: string, every: SeriesEvery | undefined, count: number): CalComSeriesType {
    const twin = mentor.eventTypes[service]?.series;
    if (!twin) throw new MentorshipError('bad-request', `${mentor.slug} has no regular "${service}" meetings on Cal.com.`);
    if (every !== undefined && every !== twin.every) {
      throw new MentorshipError(
        'bad-request',
        `${mentor.slug}'s regular meetings on Cal.com are every ${twin.every === 'week' ? 'week' : '2 weeks'}.`,
        { reason: words().every(twin.every === 'week') },
      );
    }
    if (!Number.isInteger(count) || count < 2 || count > twin.max) {
      throw new MentorshipError('bad-request', `A series on Cal.com has 2 to ${twin.max} meetings.`, { reason: words().max(twin.max) });
    }
    return twin;
  }

  async function previewSeries({ mentor: slug, service, startsAt, every, count, signal }: PreviewSeriesParams): Promise<SeriesPreview> {
    const mentor = mentorBySlug(slug);
    const twin = twinOf(mentor, service, every, count);
    // At the mentor's wall-clock time: 18:00 in Madrid stays 18:00 across a change of clocks.
    const starts = occurrenceStarts(new Date(startsAt), twin.every, count, mentor.timezone);
    const length = durationOf(service) * 60_000;
    const free = await request({
      method: 'GET',
      path: '/v2/slots',
      query: {
        start: starts[0].toISOString(),
        end: new Date(starts.at(-1)!.getTime() + length).toISOString(),
        eventTypeSlug: twin.slug,
        username: mentor.username,
        timeZone: mentor.timezone,
        format: 'range',
      },
      headers: versions.slots,
      signal,
      decode: slotsByDay,
    });
    const offered = new Set(free.map(slot => Date.parse(slot.startsAt)));
    const now = clock.now().getTime();
    return {
      occurrences: starts.map(start => ({
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + length).toISOString(),
        // Cal.com does not say why a time is not offered: booked, most often. Nothing can be moved.
        status: start.getTime() <= now ? 'unavailable' : offered.has(start.getTime()) ? 'free' : 'taken',
        alternative: null,
      })),
      // Cal.com has no credits: a page composes it with its LMS's client, whose bookings count them.
      credits: { needed: count, available: null },
    };
  }

  async function bookSeries(params: BookSeriesParams): Promise<BookedSeries> {
    const mentor = mentorBySlug(params.mentor);
    const starts = [...new Set(params.occurrences.map(start => Date.parse(start)))].sort((a, b) => a - b);
    if (starts.some(Number.isNaN)) throw new MentorshipError('bad-request', 'occurrences must be ISO-8601 instants.');
    const twin = twinOf(mentor, params.service, params.every, starts.length);
    const regular = occurrenceStarts(new Date(starts[0]), twin.every, starts.length, mentor.timezone);
    if (regular.some((start, index) => start.getTime() !== starts[index])) {
      throw new MentorshipError(
        'bad-request',
        "Cal.com books a recurring event's meetings at its own interval: none can be skipped or moved. Choose a start whose meetings are all free, or fewer meetings.",
        { reason: words().gap },
      );
    }
    const agenda = params.agenda ?? '';
    const fallback = { service: params.service, mentor, agenda };
    const asSeries = async (found: SeriesBooking[]): Promise<BookedSeries> => {
      const sorted = [...found].sort((a, b) => a.start.localeCompare(b.start));
      const id = sorted[0].recurringBookingUid ?? sorted[0].uid;
      const sessions = await Promise.all(sorted.map(async booking => ({ ...(await session(booking, fallback)), series: id })));
      return { series: { id, every: twin.every, count: sessions.length }, sessions };
    };
    return once(
      params.idempotencyKey,
      async () => {
        const { name, email, language } = attendee();
        const found = await request({
          method: 'POST',
          path: '/v2/bookings',
          headers: versions.bookings,
          body: {
            start: new Date(starts[0]).toISOString(),
            eventTypeId: twin.id,
            recurrenceCount: starts.length,
            attendee: { name, email, timeZone: params.timezone, language },
            ...(agenda ? { bookingFieldsResponses: { notes: agenda } } : {}),
            metadata: { source: 'mentorship-widgets', agenda: agenda.slice(0, 500) },
          },
          signal: params.signal,
          decode: seriesBookings,
        });
        if (!found.length) throw new MentorshipError('invalid-response', 'Cal.com answered the series with no meeting.');
        return asSeries(found);
      },
      // After a lost answer: the attendee's live bookings of the recurring type over the series' span.
      async () => {
        const found = await attendeeBookings(twin.id, starts[0], starts.at(-1)! + durationOf(params.service) * 60_000, seriesBookings);
        if (!found) return undefined;
        const live = found.filter(
          booking => STATUS[booking.status.toLowerCase()] !== 'canceled' && starts.includes(Date.parse(booking.start)),
        );
        return live.length === starts.length ? asSeries(live) : live.length ? undefined : null;
      },
    );
  }

  return { previewSeries, bookSeries };
}
