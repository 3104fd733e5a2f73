/**
 * An in-memory mentorship backend for many students: the semantics of the REST contract without a
 * server. `createMemoryClient` wraps it for one student; the demo's MSW handlers serve it over HTTP.
 */
import { MentorshipError } from '../errors.js';
import type { MethodName } from '../methods.js';
import type {
  CloseProgramParams,
  MenteeProfile,
  MentorshipProgram,
  ProgramClosure,
  Availability,
  BookedSeries,
  BookSeriesParams,
  BookSessionParams,
  PreviewSeriesParams,
  MentorshipSeries,
  SeriesCredits,
  SeriesOccurrence,
  SeriesPreview,
  CreditBucket,
  Goal,
  GoalCheckIn,
  GoalInput,
  MentorFit,
  GroupSession,
  Mentor,
  MentorshipService,
  MentorshipSession,
  RequestOptions,
  SessionFeedback,
  SlotHold,
  TimeSlot,
  MentorshipClient,
} from '../types.js';
import { addDays, dayKeyOf, isoWeekday } from '../../utils/days.js';
import { thisAndFollowing } from '../../utils/series.js';
import { isValidTimeZone } from '../../utils/time.js';
import { wallTimeToInstant } from '../../utils/zoned-time.js';
import { applyCheckIn, goalFrom, goalOrder, type StoredGoal } from './goals.js';
import { checkProfile } from './profile.js';
import { checkClosing } from './program.js';
import { checkSeries, everyOf, occurrenceStarts, periodOf, SERIES_MAX } from './series.js';
import { createDemoDataset, type MemoryCreditBucket, type MemoryDataset, type MemoryMentor, type MemoryStudent } from './dataset.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
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
  },
};

function policyText(language: string | undefined) {
  return language?.toLowerCase().startsWith('es') ? POLICY.es : POLICY.en;
}

function refusal(reason: string): MentorshipError {
  return new MentorshipError('forbidden', reason, { reason });
}

interface StoredSession extends MentorshipSession {
  student: string;
  /** The credit bucket the session was paid from, refunded on cancel; `null` when unlimited. */
  bucketId: string | null;
  /** Which of the bucket's periods paid (see series.ts `periodOf`): 0, its credits now; 1, after its next renewal… */
  period?: number;
}

interface StoredSeries {
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

interface StoredHold extends SlotHold {
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

type CancelRequest = StoreParams<'cancelSession'>;
type ProfileRequest = StoreParams<'saveProfile'>;

/** A booking as the store takes it: the client's parameters, without the abort signal. */
export type BookingRequest = Omit<BookSessionParams, keyof RequestOptions>;

export interface RescheduleRequest {
  id: string;
  startsAt: string;
  idempotencyKey: string;
}

export interface SeatRequest {
  groupSession: string;
  agenda?: string;
  timezone: string;
  idempotencyKey: string;
}

export interface FeedbackRequest {
  id: string;
  rating: number;
  comment?: string;
  idempotencyKey?: string;
}

export interface CheckInRequest {
  session: string;
  rating: number;
  comment?: string;
  goals?: GoalCheckIn[];
  fit?: MentorFit;
  idempotencyKey?: string;
}

const FITS: readonly MentorFit[] = ['good', 'unsure', 'poor'];

/** A series' preview and booking as the store takes them: the client's parameters, without the abort signal. */
export type SeriesPreviewRequest = Omit<PreviewSeriesParams, keyof RequestOptions>;
export type SeriesRequest = Omit<BookSeriesParams, keyof RequestOptions>;

export interface SlotRequest {
  mentor: string;
  service: string;
  startsAt: string;
}

const clone = <T>(value: T): T => structuredClone(value);

function parseInstant(value: string, name: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new MentorshipError('bad-request', `${name} must be an ISO-8601 instant`);
  return time;
}

export class MemoryStore implements MemoryBackend {
  readonly now: () => Date;
  private readonly holdMinutes: number;
  /** Sessions can be canceled or moved until this many hours before they start. */
  readonly changeNoticeHours: number;
  /** Mentor slug → the sum and count of their ratings. */
  private readonly ratings = new Map<string, { sum: number; count: number }>();
  private readonly services: MentorshipService[];
  private readonly mentors: MemoryMentor[];
  private readonly students = new Map<string, MemoryStudent>();
  private readonly sessions: StoredSession[] = [];
  private readonly goals: StoredGoal[] = [];
  private readonly profiles = new Map<string, MenteeProfile>();
  private readonly closures = new Map<string, ProgramClosure>();
  private readonly series = new Map<string, StoredSeries>();
  /** Credits of a renewing bucket's later periods already spent, by `bucket id|period`. */
  private readonly spentAhead = new Map<string, number>();
  private readonly groupSessions: StoredGroupSession[] = [];
  private readonly holds = new Map<string, StoredHold>();
  /** `student|key` → session id: a repeated booking attempt finds its first result. */
  private readonly idempotency = new Map<string, string>();
  /** `student|operation|key` → the first answer of any other write (cancel, rating, check-in, profile, closing, goal). */
  private readonly answers = new Map<string, unknown>();
  private nextId = 1;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.holdMinutes = options.holdMinutes ?? 5;
    this.changeNoticeHours = options.changeNoticeHours ?? 0;
    const dataset = clone(options.dataset ?? createDemoDataset(this.now()));
    this.services = dataset.services;
    this.mentors = dataset.mentors;
    for (const student of dataset.students) this.students.set(student.id, student);
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

  bookSession(student: string, request: BookingRequest, language?: string): MentorshipSession {
    const previous = this.replayed(student, request.idempotencyKey);
    if (previous) return previous;

    const { mentor, service } = this.offering(request.mentor, request.service);
    if (!isValidTimeZone(request.timezone)) throw new MentorshipError('bad-request', 'timezone must be an IANA zone');
    const bucket = this.bucketFor(student, service.slug);
    if (!bucket) throw new MentorshipError('no-credits', 'You have no mentoring sessions left for this service.');
    if (request.goal !== undefined) this.ownGoal(student, request.goal);
    const slot = this.requireFreeSlot(student, mentor, service, request.startsAt, undefined, language);

    if (bucket.remaining !== null) bucket.remaining -= 1;
    const session = this.insertSession({
      student,
      mentor,
      service: service.slug,
      slot,
      agenda: request.agenda ?? '',
      bucketId: bucket.remaining === null ? null : bucket.id,
      goal: request.goal,
    });
    this.releaseHoldsOf(student);
    this.idempotency.set(`${student}|${request.idempotencyKey}`, session.id);
    return this.present(session);
  }

  /** The service's group sessions that have not started, soonest first, as `student` sees them. */
  listGroupSessions(student: string, { service }: { service: string }): GroupSession[] {
    if (!this.services.some(candidate => candidate.slug === service)) {
      throw new MentorshipError('not-found', `There is no service "${service}".`);
    }
    const now = this.now().getTime();
    return this.groupSessions
      .filter(group => group.service.slug === service && Date.parse(group.startsAt) > now)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
      .map(group => this.presentGroup(group, student));
  }

  /** Takes a seat in a group session that has not started, for one credit of its service. */
  bookGroupSeat(student: string, request: SeatRequest, language?: string): MentorshipSession {
    const previous = this.replayed(student, request.idempotencyKey);
    if (previous) return previous;

    const group = this.groupSessions.find(candidate => candidate.id === request.groupSession);
    if (!group) throw new MentorshipError('not-found', 'There is no such group session.');
    if (!isValidTimeZone(request.timezone)) throw new MentorshipError('bad-request', 'timezone must be an IANA zone');
    const policy = policyText(language);
    const seen = this.presentGroup(group, student);
    if (Date.parse(group.startsAt) <= this.now().getTime()) throw refusal(policy.notUpcoming);
    if (seen.joined) throw refusal(policy.alreadyJoined);
    if (seen.seatsLeft === 0) throw new MentorshipError('slot-taken', policy.groupFull, { reason: policy.groupFull });
    const bucket = this.bucketFor(student, group.service.slug);
    if (!bucket) throw new MentorshipError('no-credits', 'You have no mentoring sessions left for this service.');

    if (bucket.remaining !== null) bucket.remaining -= 1;
    const session = this.insertSession({
      student,
      mentor: group.mentor,
      service: group.service.slug,
      slot: { startsAt: group.startsAt, endsAt: group.endsAt },
      agenda: request.agenda ?? '',
      bucketId: bucket.remaining === null ? null : bucket.id,
      groupSession: group.id,
    });
    this.idempotency.set(`${student}|${request.idempotencyKey}`, session.id);
    return this.present(session);
  }

  listSessions(student: string, { status }: { status: 'upcoming' | 'past' }): MentorshipSession[] {
    const now = this.now().getTime();
    return this.sessions
      .filter(session => session.student === student)
      .map(session => this.present(session))
      .filter(session => (status === 'upcoming') === this.isUpcoming(session, now))
      .sort((a, b) => (status === 'upcoming' ? 1 : -1) * (Date.parse(a.startsAt) - Date.parse(b.startsAt)));
  }

  /**
   * Cancels a session that starts more than the notice period from now (with `following`, a series'
   * later meetings too); each credit returns.
   */
  cancelSession(student: string, { id, scope = 'one', idempotencyKey }: CancelRequest, language?: string): MentorshipSession {
    return this.replay(student, `cancel ${id}`, idempotencyKey, () => {
      const session = this.changeableSession(student, id, language);
      // The rule the sessions list announces (utils/series.ts); of the later ones, those still to come.
      const meetings =
        scope === 'following'
          ? thisAndFollowing(session, this.sessions).filter(other => other === session || this.present(other).status === 'scheduled')
          : [session];
      for (const canceled of meetings) {
        canceled.status = 'canceled';
        const bucket = this.student(student).credits.find(candidate => candidate.id === canceled.bucketId);
        if (!bucket || bucket.remaining === null) continue;
        if (canceled.period) this.spendAhead(bucket, canceled.period, -1);
        else bucket.remaining += 1;
      }
      return this.present(session);
    });
  }

  /** Every meeting of a series before booking: free, taken (with the nearest free time that day) or unavailable, and its cost. */
  previewSeries(student: string, request: SeriesPreviewRequest): SeriesPreview {
    const every = checkSeries(request.every, request.count);
    const { mentor, service } = this.offering(request.mentor, request.service);
    const first = new Date(parseInstant(request.startsAt, 'startsAt'));
    const occurrences = occurrenceStarts(first, every, request.count, mentor.timezone).map(start =>
      this.occurrence(student, mentor, service, start.getTime()),
    );
    const starts = occurrences.map(occurrence => Date.parse(occurrence.alternative?.startsAt ?? occurrence.startsAt));
    return { occurrences, credits: this.seriesCredits(student, service.slug, starts) };
  }

  /**
   * Books every meeting of a series, or none: `slot-taken` naming the meetings no longer free,
   * `no-credits` when the credits (now and after renewals, as the bucket says) do not cover them.
   */
  bookSeries(student: string, request: SeriesRequest, language?: string): BookedSeries {
    const replayKey = `${student}|series|${request.idempotencyKey}`;
    const replayed = this.idempotency.get(replayKey);
    if (replayed) return this.presentSeries(this.series.get(replayed)!);
    const { mentor, service } = this.offering(request.mentor, request.service);
    if (!isValidTimeZone(request.timezone)) throw new MentorshipError('bad-request', 'timezone must be an IANA zone');
    if (!Array.isArray(request.occurrences) || request.occurrences.length < 1 || request.occurrences.length > SERIES_MAX) {
      throw new MentorshipError('bad-request', `occurrences must list 1 to ${SERIES_MAX} starts.`);
    }
    if (request.goal !== undefined) this.ownGoal(student, request.goal);
    const starts = [...new Set(request.occurrences.map(start => parseInstant(start, 'occurrences')))].sort((a, b) => a - b);
    const free = starts.map(start =>
      this.freeSlots(student, mentor, service, start, start + 1).find(slot => Date.parse(slot.startsAt) === start),
    );
    const taken = starts.filter((_, index) => !free[index]).map(start => new Date(start).toISOString());
    if (taken.length) {
      const reason = `${policyText(language).seriesTaken} ${taken.join(', ')}`;
      throw new MentorshipError('slot-taken', reason, { reason });
    }
    const bucket = this.seriesBucket(student, service.slug);
    if (!bucket || !this.affordable(bucket, starts)) {
      throw new MentorshipError('no-credits', 'Your sessions do not cover every meeting of this series.');
    }
    const id = this.newId('series');
    const sessions = free.map((slot, index) => {
      const period = bucket.remaining === null ? 0 : periodOf(bucket, starts[index]);
      if (bucket.remaining !== null) {
        if (period) this.spendAhead(bucket, period, 1);
        else bucket.remaining -= 1;
      }
      const session = this.insertSession({
        student,
        mentor,
        service: service.slug,
        slot: slot!,
        agenda: request.agenda ?? '',
        bucketId: bucket.remaining === null ? null : bucket.id,
        goal: request.goal,
      });
      session.series = id;
      session.period = period;
      return session.id;
    });
    const stored: StoredSeries = { student, series: { id, every: everyOf(starts), count: sessions.length }, sessions };
    this.series.set(id, stored);
    this.idempotency.set(replayKey, id);
    this.releaseHoldsOf(student);
    return this.presentSeries(stored);
  }

  /** Moves a session to another free time of its mentor; its credit stays spent, its id stays the same. */
  rescheduleSession(student: string, request: RescheduleRequest, language?: string): MentorshipSession {
    const previous = this.replayed(student, request.idempotencyKey);
    if (previous) return previous;

    const session = this.changeableSession(student, request.id, language);
    if (session.groupSession) throw refusal(policyText(language).seatNotMovable);
    const { mentor, service } = this.offering(session.mentor.slug, session.service);
    // The session's own time does not make its mentor busy for its new time.
    const slot = this.requireFreeSlot(student, mentor, service, request.startsAt, session.id, language);
    session.startsAt = slot.startsAt;
    session.endsAt = slot.endsAt;
    this.releaseHoldsOf(student);
    this.idempotency.set(`${student}|${request.idempotencyKey}`, session.id);
    return this.present(session);
  }

  /** Records the student's rating of a session that has ended, once; it feeds the mentor's rating. */
  rateSession(student: string, request: FeedbackRequest, language?: string): MentorshipSession {
    return this.replay(student, `feedback ${request.id}`, request.idempotencyKey, () => {
      const session = this.ownSession(student, request.id);
      const policy = policyText(language);
      if (!Number.isInteger(request.rating) || request.rating < 1 || request.rating > 5) {
        throw new MentorshipError('bad-request', 'rating must be a whole number from 1 to 5');
      }
      if (this.present(session).status !== 'completed') throw refusal(policy.notEnded);
      if (session.feedback) throw refusal(policy.alreadyRated);
      session.feedback = { rating: request.rating, comment: (request.comment ?? '').trim().slice(0, 2000) };
      this.addRating(session.mentor.slug, request.rating);
      return this.present(session);
    });
  }

  /**
   * The student's check-in on a session that has ended, once (a rating given before counts as one):
   * its rating feeds the mentor's, and the goals it reports move.
   */
  submitCheckIn(student: string, request: CheckInRequest, language?: string): MentorshipSession {
    return this.replay(student, `check-in ${request.session}`, request.idempotencyKey, () => {
      const session = this.ownSession(student, request.session);
      const policy = policyText(language);
      if (!Number.isInteger(request.rating) || request.rating < 1 || request.rating > 5) {
        throw new MentorshipError('bad-request', 'rating must be a whole number from 1 to 5');
      }
      if (request.fit !== undefined && !FITS.includes(request.fit))
        throw new MentorshipError('bad-request', 'fit must be good, unsure or poor');
      const reports = (request.goals ?? []).map(report => {
        const goal = this.ownGoal(student, report.goal);
        if (report.progress !== undefined && !Number.isFinite(report.progress))
          throw new MentorshipError('bad-request', 'progress must be a number');
        return { goal, report };
      });
      if (this.present(session).status !== 'completed') throw refusal(policy.checkInNotEnded);
      if (session.checkIn || session.feedback) throw refusal(policy.alreadyCheckedIn);
      const comment = (request.comment ?? '').trim().slice(0, 2000);
      for (const { goal, report } of reports) applyCheckIn(goal, report);
      session.feedback = { rating: request.rating, comment };
      session.checkIn = { rating: request.rating, comment, fit: request.fit ?? null };
      this.addRating(session.mentor.slug, request.rating);
      return this.present(session);
    });
  }

  /** The student's goals, active first, each with the sessions booked for it. */
  /** The student's needs and preferences, `null` before the intake. */
  getProfile(student: string): MenteeProfile | null {
    this.student(student);
    return clone(this.profiles.get(student) ?? null);
  }

  /** Saves the intake, replacing the previous profile; refused (`bad-request`, naming the field) when it does not hold. */
  saveProfile(student: string, { profile: input, idempotencyKey }: ProfileRequest): MenteeProfile {
    return this.replay(student, 'profile', idempotencyKey, () => {
      this.student(student);
      const profile = { ...checkProfile(input), updatedAt: this.now().toISOString() };
      this.profiles.set(student, profile);
      return clone(profile);
    });
  }

  /** The student's programme, with the sessions held so far; `not-found` for a student without one. */
  getProgram(student: string): MentorshipProgram {
    const program = this.student(student).program;
    if (!program) throw new MentorshipError('not-found', 'No programme for this student.');
    const sessionsDone = this.listSessions(student, { status: 'past' }).filter(session => session.status === 'completed').length;
    return clone({ ...program, sessionsDone, closed: this.closures.get(student) ?? null });
  }

  /** Closes the programme once: a summary, achievements, a rating 1–5 and a comment; refused when already closed. */
  closeProgram(student: string, request: Omit<CloseProgramParams, keyof RequestOptions>, language?: string): MentorshipProgram {
    return this.replay(student, 'close', request.idempotencyKey, () => {
      this.getProgram(student);
      if (this.closures.has(student))
        throw new MentorshipError('forbidden', policyText(language).programClosed, { reason: policyText(language).programClosed });
      this.closures.set(student, { at: this.now().toISOString(), ...checkClosing(request) });
      return this.getProgram(student);
    });
  }

  listGoals(student: string): Goal[] {
    this.student(student);
    return this.goals
      .filter(goal => goal.student === student)
      .sort(goalOrder)
      .map(goal => this.presentGoal(goal));
  }

  /** Creates a goal (no `id`) or changes the student's own; the same idempotency key answers the first answer again. */
  saveGoal(student: string, { goal: input, idempotencyKey }: { goal: GoalInput; idempotencyKey?: string }): Goal {
    return this.replay(student, `goal ${input.id ?? 'new'}`, idempotencyKey, () => {
      this.student(student);
      const existing = input.id === undefined ? undefined : this.ownGoal(student, input.id);
      // The earliest calendar day anywhere now (UTC-12): a day before it is past for every student.
      const today = dayKeyOf(this.now(), 'Etc/GMT+12');
      const goal = goalFrom(student, input, existing, today, prefix => this.newId(prefix));
      if (existing) Object.assign(existing, goal);
      else this.goals.push(goal);
      return this.presentGoal(existing ?? goal);
    });
  }

  holdSlot(student: string, request: SlotRequest): SlotHold {
    const { mentor, service } = this.offering(request.mentor, request.service);
    this.student(student);
    const slot = this.requireFreeSlot(student, mentor, service, request.startsAt);
    this.releaseHoldsOf(student);
    const hold: StoredHold = {
      id: `hold-${this.nextId++}`,
      expiresAt: new Date(this.now().getTime() + this.holdMinutes * MINUTE).toISOString(),
      student,
      mentor: mentor.slug,
      startsAt: Date.parse(slot.startsAt),
      endsAt: Date.parse(slot.endsAt),
    };
    this.holds.set(hold.id, hold);
    return { id: hold.id, expiresAt: hold.expiresAt };
  }

  releaseHold(student: string, { id }: { id: string }): void {
    const hold = this.holds.get(id);
    if (!hold || hold.student !== student) throw new MentorshipError('not-found', 'There is no such hold.');
    this.holds.delete(id);
  }

  /**
   * Runs a write other than a booking once per idempotency key: a repeat of the same student's
   * operation with the same key is answered with the first answer, as the contract asks of every write. Only a success is kept: a
   * refusal may be fixed (more credits, a corrected field) and the same attempt sent again.
   */
  private replay<T>(student: string, operation: string, idempotencyKey: string | undefined, write: () => T): T {
    if (!idempotencyKey) return write();
    const key = `${student}|${operation}|${idempotencyKey}`;
    if (this.answers.has(key)) return clone(this.answers.get(key) as T);
    const answer = write();
    this.answers.set(key, clone(answer));
    return answer;
  }

  /** The session a repeated attempt (same student, same idempotency key) already made, if any. */
  private replayed(student: string, idempotencyKey: string): MentorshipSession | undefined {
    const id = this.idempotency.get(`${student}|${idempotencyKey}`);
    const session = id === undefined ? undefined : this.sessions.find(candidate => candidate.id === id);
    return session && this.present(session);
  }

  private presentSeries(stored: StoredSeries): BookedSeries {
    const sessions = stored.sessions.map(id => this.present(this.sessions.find(session => session.id === id)!));
    return { series: clone(stored.series), sessions };
  }

  /** One meeting of a previewed series, as the student would find it. */
  private occurrence(student: string, mentor: MemoryMentor, service: MentorshipService, start: number): SeriesOccurrence {
    const slot = { startsAt: new Date(start).toISOString(), endsAt: new Date(start + service.durationMinutes * MINUTE).toISOString() };
    if (this.freeSlots(student, mentor, service, start, start + 1).some(free => free.startsAt === slot.startsAt)) {
      return { ...slot, status: 'free' };
    }
    // Within the mentor's hours (and not past) means someone has it; otherwise it was never a time of theirs.
    const open = start > this.now().getTime() && this.freeSlots(student, mentor, service, start, start + 1, undefined, 1, true).length > 0;
    // The nearest free time the same day, within three hours either side.
    const day = dayKeyOf(new Date(start), mentor.timezone);
    const near = this.freeSlots(student, mentor, service, start - 3 * HOUR, start + 3 * HOUR + 1)
      .filter(free => dayKeyOf(free.startsAt, mentor.timezone) === day)
      .sort((a, b) => Math.abs(Date.parse(a.startsAt) - start) - Math.abs(Date.parse(b.startsAt) - start));
    return { ...slot, status: open ? 'taken' : 'unavailable', alternative: near[0] ?? null };
  }

  /** The bucket a series is paid from: an unlimited one first, else the one that renews soonest, even if empty now. */
  private seriesBucket(student: string, service: string): MemoryCreditBucket | undefined {
    const covering = this.student(student).credits.filter(bucket => bucket.services.includes(service));
    const renewal = (bucket: CreditBucket) => (bucket.renewsAt ? Date.parse(bucket.renewsAt) : Infinity);
    return covering.find(bucket => bucket.remaining === null) ?? covering.sort((a, b) => renewal(a) - renewal(b))[0];
  }

  private seriesCredits(student: string, service: string, starts: number[]): SeriesCredits {
    const bucket = this.seriesBucket(student, service);
    const needed = starts.length;
    if (!bucket) return { needed, available: 0, renewing: null };
    if (bucket.remaining === null) return { needed, available: null, renewing: null };
    const later = starts.some(start => periodOf(bucket, start) > 0);
    return {
      needed,
      available: bucket.remaining,
      renewing: later && bucket.renewsAt ? { count: this.leftInPeriod(bucket, 1), at: bucket.renewsAt } : null,
    };
  }

  /** Whether `bucket` pays for a meeting at each of `starts`: its credits now, and each later period's as it renews. */
  private affordable(bucket: MemoryCreditBucket, starts: number[]): boolean {
    if (bucket.remaining === null) return true;
    const perPeriod = new Map<number, number>();
    for (const start of starts) perPeriod.set(periodOf(bucket, start), (perPeriod.get(periodOf(bucket, start)) ?? 0) + 1);
    return [...perPeriod].every(([period, count]) => count <= (period ? this.leftInPeriod(bucket, period) : bucket.remaining!));
  }

  private leftInPeriod(bucket: MemoryCreditBucket, period: number): number {
    return Math.max(0, (bucket.renewsTo ?? 0) - (this.spentAhead.get(`${bucket.id}|${period}`) ?? 0));
  }

  private spendAhead(bucket: CreditBucket, period: number, count: number): void {
    const key = `${bucket.id}|${period}`;
    this.spentAhead.set(key, (this.spentAhead.get(key) ?? 0) + count);
  }

  private newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  private ownGoal(student: string, id: string): StoredGoal {
    const goal = this.goals.find(candidate => candidate.id === id && candidate.student === student);
    if (!goal) throw new MentorshipError('not-found', `No goal ${id}.`);
    return goal;
  }

  private presentGoal(goal: StoredGoal): Goal {
    const { student, ...visible } = goal;
    const sessions = this.sessions
      .filter(session => session.student === student && session.goal === goal.id && session.status !== 'canceled')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map(session => ({
        id: session.id,
        startsAt: session.startsAt,
        mentor: session.mentor,
        summary: session.summary ?? '',
        actionItems: session.actionItems ?? [],
      }));
    return clone({ ...visible, sessions });
  }

  private ownSession(student: string, id: string): StoredSession {
    const session = this.sessions.find(candidate => candidate.id === id && candidate.student === student);
    if (!session) throw new MentorshipError('not-found', 'There is no such session.');
    return session;
  }

  /** A session the student may still cancel or move: not started, and not inside the notice period. */
  private changeableSession(student: string, id: string, language: string | undefined): StoredSession {
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

  private addRating(mentor: string, rating: number): void {
    const ratings = this.ratings.get(mentor) ?? { sum: 0, count: 0 };
    this.ratings.set(mentor, { sum: ratings.sum + rating, count: ratings.count + 1 });
  }

  private student(id: string): MemoryStudent {
    const student = this.students.get(id);
    if (!student) throw new MentorshipError('unauthorized', 'Unknown student.');
    return student;
  }

  private offering(mentorSlug: string, serviceSlug: string): { mentor: MemoryMentor; service: MentorshipService } {
    const service = this.services.find(candidate => candidate.slug === serviceSlug);
    if (!service) throw new MentorshipError('not-found', `There is no service "${serviceSlug}".`);
    const mentor = this.mentorBySlug(mentorSlug);
    if (!mentor.services.includes(service.slug)) {
      throw new MentorshipError('not-found', `${mentor.name} does not give "${service.name}".`);
    }
    return { mentor, service };
  }

  private mentorBySlug(slug: string): MemoryMentor {
    const mentor = this.mentors.find(candidate => candidate.slug === slug);
    if (!mentor) throw new MentorshipError('not-found', `There is no mentor "${slug}".`);
    return mentor;
  }

  /**
   * The bucket a booking is paid from: unlimited first, then the one that renews soonest (so credits
   * that would lapse are used first). An empty bucket never hides a usable one.
   */
  private bucketFor(student: string, service: string): CreditBucket | undefined {
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
  private freeSlots(
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
    const earliest = Math.max(from, this.now().getTime());
    const busy = hoursOnly ? [] : this.busyIntervals(student, mentor.slug, ignoring);
    const slots: TimeSlot[] = [];
    // Walk the mentor's own calendar days, one either side so windows that cross midnight in UTC are kept.
    const lastDay = addDays(dayKeyOf(new Date(to), mentor.timezone), 1);
    for (let day = addDays(dayKeyOf(new Date(from), mentor.timezone), -1); day <= lastDay; day = addDays(day, 1)) {
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
  private requireFreeSlot(
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

  private releaseHoldsOf(student: string): void {
    for (const hold of this.holds.values()) if (hold.student === student) this.holds.delete(hold.id);
  }

  private insertSession(init: {
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
      bucketId: init.bucketId,
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
      this.insertSession({
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
    }
  }

  private isUpcoming(session: MentorshipSession, now: number): boolean {
    return session.status === 'scheduled' || session.status === 'started' ? Date.parse(session.endsAt) > now : false;
  }

  private presentGroup(group: StoredGroupSession, student: string): GroupSession {
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
  private present(session: StoredSession): MentorshipSession {
    const { student: _student, bucketId: _bucket, period: _period, ...visible } = session;
    const now = this.now().getTime();
    if (visible.status === 'scheduled' && Date.parse(visible.startsAt) <= now) {
      visible.status = Date.parse(visible.endsAt) > now ? 'started' : 'completed';
    }
    return clone(visible);
  }
}
