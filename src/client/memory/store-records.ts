/**
 * The memory store's records and what every domain reads of them: the data set loaded, the catalog
 * (services, mentors, free times, credits), the students' sessions as stored and as presented, holds,
 * and each write's idempotency. The domains build on it (store-goals.ts → store-series.ts →
 * store-sessions.ts → store-programme.ts), and store.ts's `MemoryStore` is the last of them.
 */
import { MentorshipError } from '../errors.js';
import type { MethodName } from '../methods.js';
import type {
  MenteeProfile,
  ProgramClosure,
  Availability,
  MentorshipSeries,
  CreditBucket,
  MentorFit,
  GroupSession,
  Mentor,
  MentorshipService,
  MentorshipSession,
  RequestOptions,
  SessionFeedback,
  SessionReport,
  SlotHold,
  TimeSlot,
  MentorshipClient,
} from '../types.js';
import { addDays, dayKeyOf, isoWeekday } from '../../utils/days.js';
import { wallTimeToInstant } from '../../utils/zoned-time.js';
import type { StoredGoal } from './goals.js';
import { createDemoDataset, type MemoryDataset, type MemoryMentor, type MemoryStudent } from './dataset.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** Free times start on the half hour. */
const SLOT_STEP_MINUTES = 30;
/** How far ahead a mentor list looks for each mentor's next free time. */
const NEXT_FREE_HORIZON = 14 * 24 * HOUR;
/** The longest availability range one call may ask for. */
const MAX_RANGE_DAYS = 62;

export interface MemoryStoreOptions {
  /** The data to start from; the demo data set at `now()` by default. */
  dataset?: MemoryDataset;
  /** The store's clock, injectable so tests can pin "now". */
  now?: () => Date;
  /** How long a hold lasts. Default 5 minutes. */
  holdMinutes?: number;
  /** Sessions can be canceled or moved until this many hours before they start. Default 0: until they start. */
  changeNoticeHours?: number;
  /** How long a mentor may change a report after first sending it. Default 48 hours. */
  reportEditHours?: number;
  /** What happens to the credit of a session the student did not come to. Default `spent`. */
  studentAbsentCredit?: 'spent' | 'returned';
}

/** How many ratings a data set's mentor rating stands for, so one new rating moves it a little. */
const SEEDED_RATINGS = 10;

/** The store's policy refusals, in the languages the widgets speak; the backend's own words. */
const POLICY = {
  en: {
    tooLate: (hours: number) => `Sessions can be canceled or moved up to ${hours} hours before they start.`,
    notUpcoming: 'Only sessions that have not started yet can be canceled or moved.',
    notEnded: 'You can rate a session once it has ended.',
    alreadyRated: 'You have already rated this session.',
    checkInNotEnded: 'You can check in on a session once it has ended.',
    alreadyCheckedIn: 'You have already checked in on this session.',
    seriesTaken: 'These meetings are no longer free:',
    programClosed: 'Your programme is already closed.',
    groupFull: 'This group session is full.',
    slotTaken: 'Someone has just booked that time. Please choose another one.',
    alreadyJoined: 'You already have a seat in this group session.',
    seatNotMovable: 'A seat in a group session cannot be moved: cancel it and take a seat in another session.',
    notMentor: 'Only mentors can see this. Sign in with your mentor account.',
    notStarted: 'You can report on a session once it has started.',
    reportClosed: 'This report can no longer be changed.',
    canceledSession: 'This session was canceled: there is nothing to report.',
  },
  es: {
    tooLate: (hours: number) => `Las sesiones se pueden cancelar o mover hasta ${hours} horas antes de empezar.`,
    notUpcoming: 'Solo se pueden cancelar o mover las sesiones que aún no han empezado.',
    notEnded: 'Puedes calificar una sesión cuando haya terminado.',
    alreadyRated: 'Ya calificaste esta sesión.',
    checkInNotEnded: 'Puedes contar cómo fue una sesión cuando haya terminado.',
    alreadyCheckedIn: 'Ya contaste cómo fue esta sesión.',
    seriesTaken: 'Estas reuniones ya no están libres:',
    programClosed: 'Tu programa ya está cerrado.',
    groupFull: 'Esta sesión grupal está llena.',
    slotTaken: 'Alguien acaba de reservar ese horario. Elige otro, por favor.',
    alreadyJoined: 'Ya tienes un cupo en esta sesión grupal.',
    seatNotMovable: 'Un cupo en una sesión grupal no se puede mover: cancélalo y toma un cupo en otra sesión.',
    notMentor: 'Solo los mentores pueden ver esto. Inicia sesión con tu cuenta de mentor.',
    notStarted: 'Puedes informar sobre una sesión cuando haya empezado.',
    reportClosed: 'Este informe ya no se puede cambiar.',
    canceledSession: 'Esta sesión se canceló: no hay nada que informar.',
  },
};

export function policyText(language: string | undefined) {
  return language?.toLowerCase().startsWith('es') ? POLICY.es : POLICY.en;
}

export function refusal(reason: string): MentorshipError {
  return new MentorshipError('forbidden', reason, { reason });
}

export interface StoredSession extends MentorshipSession {
  student: string;
  /** The credit bucket the session was paid from, refunded on cancel; `null` when unlimited. */
  bucketId: string | null;
  /** Which of the bucket's periods paid (see series.ts `periodOf`): 0, its credits now; 1, after its next renewal… */
  period?: number;
  /** The student's zone when they booked it, for their mentor. */
  timezone?: string;
  /** The mentor's report, once sent. */
  report?: SessionReport;
  /** Its credit went back after the report (a mentor's absence, or a policy that returns a no-show's). */
  refunded?: boolean;
}

export interface StoredSeries {
  student: string;
  series: MentorshipSeries;
  sessions: string[];
}

interface StoredGroupSession {
  id: string;
  service: MentorshipService;
  mentor: MemoryMentor;
  title: string;
  startsAt: string;
  endsAt: string;
  seats: number;
  /** Seats held by students the store does not know (from the data set). */
  taken: number;
}

export interface StoredHold extends SlotHold {
  student: string;
  mentor: string;
  startsAt: number;
  endsAt: number;
}

/** A contract method's parameters as the store takes them: the client's, without the abort signal. */
export type StoreParams<K extends MethodName> = Omit<NonNullable<Parameters<NonNullable<MentorshipClient[K]>>[0]>, keyof RequestOptions>;

/**
 * Every method of the contract the memory backend serves, as the store takes it: the student, the
 * client's parameters without the signal, and the language of the store's own words. The memory
 * client is derived from it (client.ts), so a method added to the contract is a type error here until
 * the store serves it. (BreatheCode's external booking page is no backend's method.)
 */
export type MemoryBackend = {
  [K in Exclude<MethodName, 'getExternalBookingUrl'>]: (
    student: string,
    params: StoreParams<K>,
    language?: string,
  ) => Awaited<ReturnType<NonNullable<MentorshipClient[K]>>>;
};

export type CancelRequest = StoreParams<'cancelSession'>;
export type ProfileRequest = StoreParams<'saveProfile'>;

/** Each write as the store takes it: the client's parameters, without the abort signal. */
export type BookingRequest = StoreParams<'bookSession'>;
export type RescheduleRequest = StoreParams<'rescheduleSession'>;
export type SeatRequest = StoreParams<'bookGroupSeat'>;
export type FeedbackRequest = StoreParams<'rateSession'>;
export type CheckInRequest = StoreParams<'submitCheckIn'>;
export type SeriesPreviewRequest = StoreParams<'previewSeries'>;
export type SeriesRequest = StoreParams<'bookSeries'>;
export type SlotRequest = StoreParams<'holdSlot'>;

export const FITS: readonly MentorFit[] = ['good', 'unsure', 'poor'];

export const clone = <T>(value: T): T => structuredClone(value);

export function parseInstant(value: string, name: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new MentorshipError('bad-request', `${name} must be an ISO-8601 instant`);
  return time;
}

export class StoreRecords {
  readonly now: () => Date;
  protected readonly holdMinutes: number;
  /** Sessions can be canceled or moved until this many hours before they start. */
  readonly changeNoticeHours: number;
  /** Mentor slug → the sum and count of their ratings. */
  private readonly ratings = new Map<string, { sum: number; count: number }>();
  protected readonly services: MentorshipService[];
  protected readonly mentors: MemoryMentor[];
  private readonly students = new Map<string, MemoryStudent>();
  protected readonly reportEditHours: number;
  protected readonly studentAbsentCredit: 'spent' | 'returned';
  protected readonly sessions: StoredSession[] = [];
  protected readonly goals: StoredGoal[] = [];
  protected readonly profiles = new Map<string, MenteeProfile>();
  protected readonly closures = new Map<string, ProgramClosure>();
  protected readonly series = new Map<string, StoredSeries>();
  /** Credits of a renewing bucket's later periods already spent, by `bucket id|period`. */
  protected readonly spentAhead = new Map<string, number>();
  protected readonly groupSessions: StoredGroupSession[] = [];
  protected readonly holds = new Map<string, StoredHold>();
  /** `student|key` → session id: a repeated booking attempt finds its first result. */
  protected readonly idempotency = new Map<string, string>();
  /** `student|operation|key` → the first answer of any other write (cancel, rating, check-in, profile, closing, goal). */
  private readonly answers = new Map<string, unknown>();
  protected nextId = 1;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.holdMinutes = options.holdMinutes ?? 5;
    this.changeNoticeHours = options.changeNoticeHours ?? 0;
    this.reportEditHours = options.reportEditHours ?? 48;
    this.studentAbsentCredit = options.studentAbsentCredit ?? 'spent';
    const dataset = clone(options.dataset ?? createDemoDataset(this.now()));
    this.services = dataset.services;
    this.mentors = dataset.mentors;
    for (const student of dataset.students) this.students.set(student.id, student);
    for (const [student, profile] of Object.entries(dataset.profiles ?? {})) this.profiles.set(student, { ...profile, updatedAt: null });
    for (const mentor of this.mentors) {
      if (mentor.rating !== null) this.ratings.set(mentor.slug, { sum: mentor.rating * SEEDED_RATINGS, count: SEEDED_RATINGS });
    }
    for (const seed of dataset.goals ?? []) {
      const { student, targetDaysFromNow, steps, ...goal } = seed;
      this.goals.push({
        ...goal,
        student,
        targetDate: addDays(dayKeyOf(this.now(), 'UTC'), targetDaysFromNow),
        steps: steps.map(([title, done]) => ({ id: this.newId('step'), title, done })),
      });
    }
    for (const seed of dataset.bookings) this.seed(seed);
    for (const seed of dataset.groupSessions ?? []) {
      // A data set trimmed of mentors or services (an empty-state demo, a scale test) loses their group sessions too.
      if (!this.mentors.some(mentor => mentor.slug === seed.mentor) || !this.services.some(service => service.slug === seed.service))
        continue;
      const { mentor, service } = this.offering(seed.mentor, seed.service);
      const day = addDays(dayKeyOf(this.now(), mentor.timezone), seed.daysFromNow);
      const start = wallTimeToInstant(day, seed.time, mentor.timezone).getTime();
      this.groupSessions.push({
        id: seed.id,
        service,
        mentor,
        title: seed.title,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + service.durationMinutes * MINUTE).toISOString(),
        seats: seed.seats,
        taken: seed.taken,
      });
    }
  }

  hasStudent(id: string): boolean {
    return this.students.has(id);
  }

  /** A student's id or a mentor's slug: whoever may sign in (a mentor's token is their slug here). */
  hasUser(id: string): boolean {
    return this.students.has(id) || this.mentors.some(mentor => mentor.slug === id);
  }

  /** The services, each with the store's change policy when it has one (more than 0 hours of notice). */
  listServices(): MentorshipService[] {
    const policy = this.changeNoticeHours > 0 ? { changeNoticeHours: this.changeNoticeHours } : {};
    return clone(this.services).map(service => ({ ...service, ...policy }));
  }

  /**
   * All mentors with their next free time per service they give, or those who give `service` with
   * their next free time for it (within two weeks).
   */
  listMentors(student = '', { service }: { service?: string } = {}): Mentor[] {
    const nextFree = (mentor: MemoryMentor, slug: string): string | null => {
      const offered = this.services.find(candidate => candidate.slug === slug);
      const now = this.now().getTime();
      return (offered && this.freeSlots(student, mentor, offered, now, now + NEXT_FREE_HORIZON, undefined, 1)[0]?.startsAt) ?? null;
    };
    return this.mentors
      .filter(mentor => service === undefined || mentor.services.includes(service))
      .map(({ weeklyHours, ...mentor }) => {
        const stored = this.mentorBySlug(mentor.slug);
        const listed = { ...clone(mentor), rating: this.ratingOf(mentor.slug), hours: clone(weeklyHours) };
        if (service !== undefined) return { ...listed, nextAvailableAt: nextFree(stored, service) };
        return { ...listed, nextAvailable: Object.fromEntries(mentor.services.map(slug => [slug, nextFree(stored, slug)])) };
      });
  }

  getAvailability(student: string, params: { mentor: string; service: string; from: string; to: string }): Availability {
    const { mentor, service } = this.offering(params.mentor, params.service);
    const from = parseInstant(params.from, 'from');
    const to = parseInstant(params.to, 'to');
    if (to <= from) throw new MentorshipError('bad-request', '`to` must be after `from`');
    if (to - from > MAX_RANGE_DAYS * 24 * HOUR) {
      throw new MentorshipError('bad-request', `A range may span at most ${MAX_RANGE_DAYS} days`);
    }
    return { timezone: mentor.timezone, slots: this.freeSlots(student, mentor, service, from, to) };
  }

  getCredits(student: string): CreditBucket[] {
    // What each renewal brings is the store's to know: a bucket is listed as the contract has it.
    return clone(this.student(student).credits).map(({ renewsTo: _renewsTo, ...bucket }) => bucket);
  }

  /**
   * Runs a write other than a booking once per idempotency key: a repeat of the same student's
   * operation with the same key is answered with the first answer, as the contract asks of every write. Only a success is kept: a
   * refusal may be fixed (more credits, a corrected field) and the same attempt sent again.
   */
  protected replay<T>(student: string, operation: string, idempotencyKey: string | undefined, write: () => T): T {
    if (!idempotencyKey) return write();
    const key = `${student}|${operation}|${idempotencyKey}`;
    if (this.answers.has(key)) return clone(this.answers.get(key) as T);
    const answer = write();
    this.answers.set(key, clone(answer));
    return answer;
  }

  /** The session a repeated attempt (same student, same idempotency key) already made, if any. */
  protected replayed(student: string, idempotencyKey: string): MentorshipSession | undefined {
    const id = this.idempotency.get(`${student}|${idempotencyKey}`);
    const session = id === undefined ? undefined : this.sessions.find(candidate => candidate.id === id);
    return session && this.present(session);
  }

  /** A fresh id: never one a data set already gave a goal or a group session (`goal-6` seeded, `goal-6` new). */
  protected newId(prefix: string): string {
    let id: string;
    do id = `${prefix}-${this.nextId++}`;
    while (this.goals.some(goal => goal.id === id) || this.groupSessions.some(group => group.id === id));
    return id;
  }

  protected ownSession(student: string, id: string): StoredSession {
    const session = this.sessions.find(candidate => candidate.id === id && candidate.student === student);
    if (!session) throw new MentorshipError('not-found', 'There is no such session.');
    return session;
  }

  /** A session the student may still cancel or move: not started, and not inside the notice period. */
  protected changeableSession(student: string, id: string, language: string | undefined): StoredSession {
    const session = this.ownSession(student, id);
    const policy = policyText(language);
    if (this.present(session).status !== 'scheduled') throw refusal(policy.notUpcoming);
    if (Date.parse(session.startsAt) - this.now().getTime() < this.changeNoticeHours * HOUR) {
      throw refusal(policy.tooLate(this.changeNoticeHours));
    }
    return session;
  }

  private ratingOf(mentor: string): number | null {
    const ratings = this.ratings.get(mentor);
    return ratings ? Math.round((ratings.sum / ratings.count) * 10) / 10 : null;
  }

  protected addRating(mentor: string, rating: number): void {
    const ratings = this.ratings.get(mentor) ?? { sum: 0, count: 0 };
    this.ratings.set(mentor, { sum: ratings.sum + rating, count: ratings.count + 1 });
  }

  protected studentOrUndefined(id: string): MemoryStudent | undefined {
    return this.students.get(id);
  }

  protected student(id: string): MemoryStudent {
    const student = this.students.get(id);
    if (!student) throw new MentorshipError('unauthorized', 'Unknown student.');
    return student;
  }

  protected offering(mentorSlug: string, serviceSlug: string): { mentor: MemoryMentor; service: MentorshipService } {
    const service = this.services.find(candidate => candidate.slug === serviceSlug);
    if (!service) throw new MentorshipError('not-found', `There is no service "${serviceSlug}".`);
    const mentor = this.mentorBySlug(mentorSlug);
    if (!mentor.services.includes(service.slug)) {
      throw new MentorshipError('not-found', `${mentor.name} does not give "${service.name}".`);
    }
    return { mentor, service };
  }

  protected mentorBySlug(slug: string): MemoryMentor {
    const mentor = this.mentors.find(candidate => candidate.slug === slug);
    if (!mentor) throw new MentorshipError('not-found', `There is no mentor "${slug}".`);
    return mentor;
  }

  /**
   * The bucket a booking is paid from: unlimited first, then the one that renews soonest (so credits
   * that would lapse are used first). An empty bucket never hides a usable one.
   */
  protected bucketFor(student: string, service: string): CreditBucket | undefined {
    const usable = this.student(student).credits.filter(
      bucket => bucket.services.includes(service) && (bucket.remaining === null || bucket.remaining > 0),
    );
    const renewal = (bucket: CreditBucket) => (bucket.renewsAt ? Date.parse(bucket.renewsAt) : Infinity);
    return usable.find(bucket => bucket.remaining === null) ?? usable.sort((a, b) => renewal(a) - renewal(b))[0];
  }

  /**
   * Times taken for `student`: the mentor's live sessions (but `ignoring` one being moved) and other
   * students' unexpired holds.
   */
  private busyIntervals(student: string, mentor: string, ignoring?: string): Array<[number, number]> {
    const now = this.now().getTime();
    const busy: Array<[number, number]> = this.sessions
      .filter(session => session.mentor.slug === mentor && session.status !== 'canceled' && session.id !== ignoring)
      .map(session => [Date.parse(session.startsAt), Date.parse(session.endsAt)]);
    for (const group of this.groupSessions) {
      if (group.mentor.slug === mentor) busy.push([Date.parse(group.startsAt), Date.parse(group.endsAt)]);
    }
    for (const hold of this.holds.values()) {
      if (Date.parse(hold.expiresAt) <= now) this.holds.delete(hold.id);
      else if (hold.mentor === mentor && hold.student !== student) busy.push([hold.startsAt, hold.endsAt]);
    }
    return busy;
  }

  /**
   * The mentor's free times for this service that start within [from, to), as `student` sees them;
   * at most the first `limit` (a list of 500 mentors asks each for one, so the walk stops early).
   */
  protected freeSlots(
    student: string,
    mentor: MemoryMentor,
    service: MentorshipService,
    from: number,
    to: number,
    ignoring?: string,
    limit = Infinity,
    /** The mentor's hours alone, booked or not. */
    hoursOnly = false,
  ): TimeSlot[] {
    // A group service is booked by seats in its group sessions, never as a mentor's 1-1 time.
    if (service.kind === 'group') return [];
    const duration = service.durationMinutes * MINUTE;
    // The mentor's own rules: bookings need this much notice, and keep this much free either side.
    const earliest = Math.max(from, this.now().getTime() + (mentor.noticeMinutes ?? 0) * MINUTE);
    const buffer = (mentor.bufferMinutes ?? 0) * MINUTE;
    const busy = hoursOnly ? [] : this.busyIntervals(student, mentor.slug, ignoring).map(([start, end]) => [start - buffer, end + buffer]);
    const off = (day: string) => mentor.timeOff?.some(range => range.from <= day && day <= range.to) ?? false;
    const slots: TimeSlot[] = [];
    // Walk the mentor's own calendar days, one either side so windows that cross midnight in UTC are kept.
    const lastDay = addDays(dayKeyOf(new Date(to), mentor.timezone), 1);
    for (let day = addDays(dayKeyOf(new Date(from), mentor.timezone), -1); day <= lastDay; day = addDays(day, 1)) {
      if (off(day)) continue;
      for (const window of mentor.weeklyHours.filter(candidate => candidate.weekday === isoWeekday(day))) {
        const windowEnd = wallTimeToInstant(day, window.end, mentor.timezone).getTime();
        let start = wallTimeToInstant(day, window.start, mentor.timezone).getTime();
        for (; start + duration <= windowEnd; start += SLOT_STEP_MINUTES * MINUTE) {
          const end = start + duration;
          if (start < earliest || start >= to) continue;
          if (busy.some(([busyStart, busyEnd]) => start < busyEnd && busyStart < end)) continue;
          slots.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() });
        }
      }
      // Windows lie within their day, so every later day's times come after this one's.
      if (slots.length >= limit) break;
    }
    return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt)).slice(0, limit);
  }

  /** The free slot starting at `startsAt`; `slot-taken` when someone has it, `bad-request` when it never was one. */
  protected requireFreeSlot(
    student: string,
    mentor: MemoryMentor,
    service: MentorshipService,
    startsAt: string,
    ignoring?: string,
    language?: string,
  ): TimeSlot {
    if (service.kind === 'group') {
      throw new MentorshipError('bad-request', `${service.name} is booked by taking a seat in one of its group sessions.`);
    }
    const start = parseInstant(startsAt, 'starts_at');
    const probeEnd = start + service.durationMinutes * MINUTE;
    const free = this.freeSlots(student, mentor, service, start, probeEnd, ignoring).find(slot => Date.parse(slot.startsAt) === start);
    if (free) return free;
    const taken = this.busyIntervals(student, mentor.slug, ignoring).some(
      ([busyStart, busyEnd]) => start < busyEnd && busyStart < probeEnd,
    );
    if (taken) {
      const { slotTaken } = policyText(language);
      throw new MentorshipError('slot-taken', slotTaken, { reason: slotTaken });
    }
    throw new MentorshipError('bad-request', `${mentor.name} is not free at ${startsAt}.`);
  }

  protected releaseHoldsOf(student: string): void {
    for (const hold of this.holds.values()) if (hold.student === student) this.holds.delete(hold.id);
  }

  protected insertSession(init: {
    student: string;
    mentor: MemoryMentor;
    service: string;
    slot: TimeSlot;
    agenda: string;
    bucketId: string | null;
    feedback?: SessionFeedback;
    groupSession?: string;
    goal?: string;
    summary?: string;
    actionItems?: string[];
    timezone?: string;
  }): StoredSession {
    const id = `ses-${this.nextId++}`;
    const session: StoredSession = {
      id,
      student: init.student,
      service: init.service,
      mentor: { slug: init.mentor.slug, name: init.mentor.name, avatarUrl: init.mentor.avatarUrl },
      startsAt: init.slot.startsAt,
      endsAt: init.slot.endsAt,
      status: 'scheduled',
      joinUrl: `https://meet.example.com/mentorship/${id}`,
      agenda: init.agenda,
      feedback: init.feedback ?? null,
      groupSession: init.groupSession ?? null,
      goal: init.goal ?? null,
      summary: init.summary ?? '',
      actionItems: init.actionItems ?? [],
      checkIn: null,
      series: null,
      attendance: null,
      mentorFeedback: null,
      bucketId: init.bucketId,
      timezone: init.timezone,
    };
    this.sessions.push(session);
    return session;
  }

  private seed(booking: MemoryDataset['bookings'][number]): void {
    const { mentor, service } = this.offering(booking.mentor, booking.service);
    const now = this.now().getTime();
    let slot: TimeSlot | undefined;
    if (booking.hoursFromNow < 0) {
      const start = Math.floor((now + booking.hoursFromNow * HOUR) / HOUR) * HOUR;
      slot = { startsAt: new Date(start).toISOString(), endsAt: new Date(start + service.durationMinutes * MINUTE).toISOString() };
    } else {
      const from = now + booking.hoursFromNow * HOUR;
      slot = this.freeSlots(booking.student, mentor, service, from, from + 14 * 24 * HOUR)[0];
    }
    if (slot) {
      const session = this.insertSession({
        student: booking.student,
        mentor,
        service: service.slug,
        slot,
        agenda: booking.agenda,
        bucketId: null,
        feedback: booking.feedback,
        goal: booking.goal,
        summary: booking.summary,
        actionItems: booking.actionItems,
      });
      if (booking.checkIn) session.checkIn = booking.checkIn;
      // A past session the data set gives a summary was held and reported, and can no longer be changed.
      if (booking.summary) {
        session.attendance = 'held';
        session.report = {
          attendance: 'held',
          summary: booking.summary,
          actionItems: booking.actionItems ?? [],
          goalProgress: null,
          feedback: { wentWell: '', toWorkOn: '' },
          at: session.endsAt,
          editableUntil: null,
        };
      }
    }
  }

  protected isUpcoming(session: MentorshipSession, now: number): boolean {
    return session.status === 'scheduled' || session.status === 'started' ? Date.parse(session.endsAt) > now : false;
  }

  protected presentGroup(group: StoredGroupSession, student: string): GroupSession {
    const seated = this.sessions.filter(session => session.groupSession === group.id && session.status !== 'canceled');
    const { mentor } = group;
    return {
      id: group.id,
      service: group.service.slug,
      mentor: { slug: mentor.slug, name: mentor.name, avatarUrl: mentor.avatarUrl },
      title: group.title,
      startsAt: group.startsAt,
      endsAt: group.endsAt,
      seats: group.seats,
      seatsLeft: Math.max(0, group.seats - group.taken - seated.length),
      joined: seated.some(session => session.student === student),
    };
  }

  /** A session as the student sees it now: a scheduled one that has begun or ended says so. */
  protected present(session: StoredSession): MentorshipSession {
    const {
      student: _student,
      bucketId: _bucket,
      period: _period,
      timezone: _zone,
      report: _report,
      refunded: _refunded,
      ...visible
    } = session;
    const now = this.now().getTime();
    if (visible.status === 'scheduled' && Date.parse(visible.startsAt) <= now) {
      visible.status = Date.parse(visible.endsAt) > now ? 'started' : 'completed';
    }
    return clone(visible);
  }
}
