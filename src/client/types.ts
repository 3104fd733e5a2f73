/**
 * The backend-client contract. Every component talks to a `MentorshipClient`; every backend (our REST
 * contract, the in-memory store, adapters for real platforms) implements it.
 *
 * Conventions: instants are UTC ISO-8601 strings (`2026-12-01T15:00:00.000Z`), zones are IANA names
 * (`Europe/Madrid`), slugs identify services and mentors, and every call takes an optional
 * `AbortSignal`. Failures reject with a `MentorshipError`; an aborted call rejects with the signal's
 * reason.
 *
 * Names: a zone is `timezone` here, as on the wire of the REST contract (one word, like its other
 * fields), and `timeZone` everywhere above this layer (components, events, `Intl`'s own option). The
 * card passes `timeZone` to a client as `timezone`. One exception: a mentor's hours (`MentorHours`)
 * say `timeZone`, the name the mentor's tags and their issue gave it; on the wire it is `timezone`.
 */

/** `one_to_one`: a student books a mentor's free time. `group`: students take seats in scheduled sessions. */
export type ServiceKind = 'one_to_one' | 'group';

/**
 * A value this client does not know (a status or kind a newer backend added), kept as the backend sent
 * it: components show it neutrally and offer no action on it.
 */
export type UnknownValue = string & {};

export interface MentorshipService {
  slug: string;
  name: string;
  description: string;
  durationMinutes: number;
  /** An unknown kind is listed but cannot be booked here. */
  kind: ServiceKind | UnknownValue;
  /**
   * This service's change policy: its sessions can be canceled or moved until this many hours before
   * they start (0: until they start). Wins over `capabilities.changeNoticeHours`. Absent: not said.
   */
  changeNoticeHours?: number;
}

export interface Mentor {
  slug: string;
  name: string;
  /** An `http(s):` URL, or `null` when the mentor has no picture. */
  avatarUrl: string | null;
  /** One line, e.g. "Senior React developer at Acme". */
  headline: string;
  bio: string;
  /** The mentor's IANA time zone. */
  timezone: string;
  /** BCP 47 language tags the mentor gives sessions in, e.g. `["en", "es"]`. */
  languages: string[];
  skills: string[];
  /** Average rating from 1 to 5, or `null` when the mentor has none yet. */
  rating: number | null;
  /** Slugs of the services this mentor gives. */
  services: string[];
  /**
   * The start of the mentor's next free time for the service the list was asked for, when the backend
   * knows it (`null`: nothing free soon). Lets a list show "next free" without one request per mentor.
   */
  nextAvailableAt?: string | null;
  /**
   * The same per service this mentor gives (slug → start of the next free time, or `null`), when the
   * backend knows it: lets one unfiltered list serve every service's list.
   */
  nextAvailable?: Record<string, string | null>;
  /**
   * The mentor's weekly hours, when the backend shares them: wall-clock windows in the mentor's zone.
   * Matching compares them with the student's preferred times.
   */
  hours?: WeeklyHours[];
}

/** A recurring window of a mentor's hours. */
export interface WeeklyHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `HH:MM`, wall clock in the mentor's zone. */
  start: string;
  end: string;
}

/** A programme's resource: a title and an `http(s):` link. */
export interface ProgramResource {
  title: string;
  url: string;
}

/** How the student closed the programme. */
export interface ProgramClosure {
  at: string;
  /** What they achieved and what comes next, in their words. */
  summary: string;
  /** Their achievements (prefilled from achieved goals). */
  achievements: string[];
  /** A final rating, 1 to 5. */
  rating: number;
  comment?: string;
}

/** The student's mentoring programme: its dates, sessions planned and held, guidelines and closure. */
export interface MentorshipProgram {
  name: string;
  startsAt: string;
  endsAt: string;
  sessionsPlanned: number;
  sessionsDone: number;
  /** An `http(s):` URL, or `null`. */
  guidelinesUrl: string | null;
  resources: ProgramResource[];
  /** Who runs the programme for the student, to write to when stuck. */
  manager?: { name: string; email?: string | null } | null;
  /** Set once the student closed the programme. */
  closed?: ProgramClosure | null;
}

/** How far along the student is. */
export type ExperienceLevel = 'beginner' | 'intermediate' | 'advanced';

/** Parts of the day, in the student's zone: morning 06–12, afternoon 12–18, evening 18–22. */
export type DayPart = 'morning' | 'afternoon' | 'evening';

/** What the student needs and prefers, saved from the intake questionnaire; it drives matching. */
export interface MenteeProfile {
  /** What they want to achieve, in their words. */
  goals: string;
  /** Skills they want help with (the mentors' spelling, or their own). */
  skills: string[];
  level: ExperienceLevel | UnknownValue | null;
  /** BCP 47 tags of the languages they can be mentored in. */
  languages: string[];
  /** When they prefer to meet, in `timezone`: ISO weekdays (1 = Monday) and parts of the day. */
  times: { weekdays: number[]; parts: Array<DayPart | UnknownValue> };
  /** The IANA zone the preferred times are in. */
  timezone: string;
  updatedAt?: string | null;
}

export interface TimeSlot {
  startsAt: string;
  endsAt: string;
}

export interface Availability {
  /** The mentor's zone, for showing their local time beside the student's. */
  timezone: string;
  /** Free times, ascending, within the requested range. */
  slots: TimeSlot[];
}

/** `scheduled` and `started` sessions are upcoming; the rest are past. */
export type SessionStatus = 'scheduled' | 'started' | 'completed' | 'canceled' | 'missed';

export interface SessionMentor {
  slug: string;
  name: string;
  avatarUrl: string | null;
}

/** What the student said of a session once it ended. */
export interface SessionFeedback {
  /** 1 (poor) to 5 (excellent). */
  rating: number;
  /** Optional words; empty when the student wrote none. */
  comment: string;
}

/** How the student felt the mentor fitted them, said at a check-in: `poor` asks for another mentor. */
export type MentorFit = 'good' | 'unsure' | 'poor';

/** Progress on one goal, reported at a check-in. */
export interface GoalCheckIn {
  /** The goal's id. */
  goal: string;
  /** 0–100, for a goal without steps (one with steps counts them). */
  progress?: number;
  /** Ids of the goal's steps the student has done since. */
  stepsDone?: string[];
}

/**
 * What the student said at a check-in after a session (`capabilities.checkIns`). The progress they
 * reported is on the goals themselves.
 */
export interface SessionCheckIn {
  /** 1 (poor) to 5 (excellent). */
  rating: number;
  comment: string;
  /** `null` when the student did not say. */
  fit: MentorFit | UnknownValue | null;
}

export interface MentorshipSession {
  id: string;
  /** The service's slug. */
  service: string;
  mentor: SessionMentor;
  startsAt: string;
  endsAt: string;
  status: SessionStatus | UnknownValue;
  /** Where to join the call (`http(s):`), or `null` until the backend has one. */
  joinUrl: string | null;
  /** What the student wants to work on, as they wrote it; empty when they wrote nothing. */
  agenda: string;
  /** The student's rating of a past session; `null` (or absent) until they give one. */
  feedback?: SessionFeedback | null;
  /** For a seat in a group session: that group session's id. Absent or `null` for 1-1 sessions. */
  groupSession?: string | null;
  /** The goal the student booked this session for (its id); absent or `null` for none. */
  goal?: string | null;
  /** The mentor's summary of what was covered, once the session is over; empty or absent until then. */
  summary?: string;
  /** What the mentor asked the student to do next, in the mentor's words. */
  actionItems?: string[];
  /** The student's check-in after the session; `null` (or absent) until they give one. */
  checkIn?: SessionCheckIn | null;
  /** For a meeting of a series (regular meetings): the series' id. Absent or `null` otherwise. */
  series?: string | null;
  /**
   * What happened, once the mentor reported it: `held`, `student-absent` (the student did not come) or
   * `mentor-absent` (the mentor could not attend; the credit returns). Absent or `null` until then.
   */
  attendance?: Attendance | UnknownValue | null;
  /** The mentor's feedback for the student, from the report; absent or `null` until then. */
  mentorFeedback?: MentorFeedback | null;
}

/** What happened at a session, as its mentor reports it. */
export type Attendance = 'held' | 'student-absent' | 'mentor-absent';

/** The mentor's feedback for the student after a session; each part empty when they wrote none. */
export interface MentorFeedback {
  wentWell: string;
  toWorkOn: string;
}

/** The mentor's report after a session (`capabilities.mentor`). */
export interface SessionReport {
  attendance: Attendance | UnknownValue;
  /** What was covered; empty when the session was not held. */
  summary: string;
  /** Next steps the student sees under the session and on its goal. */
  actionItems: string[];
  /** Progress on the session's goal, 0–100, as the mentor saw it; `null` when not said. */
  goalProgress: number | null;
  feedback: MentorFeedback;
  /** When it was first sent. */
  at: string;
  /** Until when the mentor may change it; `null` when it can no longer be changed. */
  editableUntil: string | null;
}

/** The student of a mentor's session, as the mentor sees them. */
export interface MentorSessionStudent {
  id: string;
  name: string;
  /** An `http(s):` URL, or `null`. */
  avatarUrl: string | null;
  /** The name of the student's programme, or `null`. */
  program: string | null;
  /** The student's IANA zone, or `null` when the backend does not know it. */
  timezone: string | null;
  /**
   * The last words the student wrote to their mentors when they closed their programme, and when;
   * `null` (or absent) before, or when they wrote none.
   */
  closingWords?: { comment: string; at: string } | null;
}

/** A goal as the mentor sees it: only a goal the student shares ever reaches a mentor. */
export type SharedGoal = Pick<Goal, 'id' | 'title' | 'successCriteria' | 'targetDate' | 'steps' | 'progress' | 'status'>;

/** The intake's answers a mentor reads before a session. */
export interface MentorIntake {
  /** What the student wants to achieve, in their words. */
  goals: string;
  skills: string[];
  /** BCP 47 tags. */
  languages: string[];
}

/** A mentor's session, with what the mentor needs to know before it starts. */
export interface MentorSession {
  id: string;
  /** The service's slug. */
  service: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus | UnknownValue;
  /** Where to join the call (`http(s):`), or `null`. */
  joinUrl: string | null;
  /** What the student wrote for the session; empty when nothing. */
  agenda: string;
  student: MentorSessionStudent;
  /** The shared goal the session is for, with its action plan and progress; `null` for none (or a private one). */
  goal: SharedGoal | null;
  /** The student's intake, `null` before they gave it. */
  intake: MentorIntake | null;
  /** The last check-in the student gave on a session with this mentor, `null` for none. */
  lastCheckIn: (SessionCheckIn & { session: string; at: string }) | null;
  /** Sessions this mentor and student have held together, this one not counted. */
  sessionsTogether: number;
  /** The mentor's report, `null` until sent. */
  report: SessionReport | null;
  /**
   * The backend's policy for a session the student did not come to: their credit is `spent` or
   * `returned`; `null` when it does not say. (A session the mentor missed always returns it.)
   */
  studentAbsentCredit: 'spent' | 'returned' | null;
}

/** A day or days off, in the mentor's zone. */
export interface TimeOff {
  /** The first day off, `YYYY-MM-DD`. */
  from: string;
  /** The last day off, `YYYY-MM-DD` (the same as `from` for one day). */
  to: string;
  /** Empty when none. */
  note: string;
}

/** A mentor's weekly hours and time off, as the students' free times come from them. */
export interface MentorHours {
  /** The IANA zone the hours are in: 18:00 stays 18:00 across a change of clocks. */
  timeZone: string;
  /** Several ranges a day may be given; none on a day means not available that day. */
  weekly: WeeklyHours[];
  timeOff: TimeOff[];
  /** How long before a session it must be booked, in minutes; `null` when the backend has no such setting. */
  noticeMinutes: number | null;
  /** Free minutes kept between sessions; `null` when the backend has no such setting. */
  bufferMinutes: number | null;
}

/** How often a series meets. */
export type SeriesEvery = 'week' | '2weeks';

/**
 * One meeting of a series before it is booked: `free`; `taken` (the mentor is booked then); or
 * `unavailable` (outside the mentor's hours, or past).
 */
export type OccurrenceStatus = 'free' | 'taken' | 'unavailable';

export interface SeriesOccurrence {
  startsAt: string;
  endsAt: string;
  status: OccurrenceStatus | UnknownValue;
  /** For a meeting that is not free: the backend's nearest free time that day, or `null` (skip it). */
  alternative?: TimeSlot | null;
}

/** What a series costs, counted as the backend's credit buckets say. */
export interface SeriesCredits {
  /** One credit per meeting. */
  needed: number;
  /** Credits the student has now for the service; `null` means unlimited. */
  available: number | null;
  /** When some meetings fall after a renewal: the credits it brings and when. */
  renewing?: { count: number; at: string } | null;
}

export interface SeriesPreview {
  occurrences: SeriesOccurrence[];
  credits: SeriesCredits;
}

export interface MentorshipSeries {
  id: string;
  every: SeriesEvery;
  /** How many meetings were booked. */
  count: number;
}

export interface BookedSeries {
  series: MentorshipSeries;
  /** Every meeting, soonest first; each has `series`. */
  sessions: MentorshipSession[];
}

/** `active` while worked on; `achieved` when its success criteria are met; `dropped` when given up. */
export type GoalStatus = 'active' | 'achieved' | 'dropped';

/** One step of a goal's action plan. */
export interface GoalStep {
  id: string;
  title: string;
  done: boolean;
}

/** A session booked for a goal, as the goal lists it. */
export interface GoalSession {
  id: string;
  startsAt: string;
  mentor: SessionMentor;
  /** The mentor's summary; empty until they write one. */
  summary: string;
  actionItems: string[];
}

/**
 * A student's goal, SMART: specific (`title`), measurable (`successCriteria`), achievable (the `steps`
 * of its action plan), relevant (`why`) and time-bound (`targetDate`).
 */
export interface Goal {
  id: string;
  title: string;
  /** Why it matters to the student; empty when they wrote nothing. */
  why: string;
  /** How the student will know it is done. */
  successCriteria: string;
  /** The calendar day it should be done by, `YYYY-MM-DD` (a date, not an instant: it is the same day in every zone). */
  targetDate: string;
  steps: GoalStep[];
  /** 0–100: the share of steps done, or the student's own estimate for a goal without steps. */
  progress: number;
  /** An unknown status is shown neutrally and offers no action. */
  status: GoalStatus | UnknownValue;
  /** The student's mentors can see it. */
  shared: boolean;
  /** The sessions booked for it, oldest first. */
  sessions: GoalSession[];
}

/** A goal as the student writes it: without `id` to create one, with it to change that goal. */
export interface GoalInput {
  id?: string;
  title: string;
  why?: string;
  successCriteria: string;
  targetDate: string;
  /** The whole action plan: a step without `id` is new, a step left out is removed. */
  steps?: Array<{ id?: string; title: string; done: boolean }>;
  /** For a goal without steps; ignored when it has steps (they are counted). */
  progress?: number;
  /** The backend refuses a status it does not know. */
  status?: GoalStatus | UnknownValue;
  shared?: boolean;
}

/** A scheduled session of a `group` service: students join it by taking one of its seats. */
export interface GroupSession {
  id: string;
  /** The service's slug. */
  service: string;
  mentor: SessionMentor;
  /** What this meeting covers, e.g. "Code review: REST APIs". */
  title: string;
  startsAt: string;
  endsAt: string;
  /** Seats in all. */
  seats: number;
  /** Seats still free; `0` means full. */
  seatsLeft: number;
  /** The student already holds a seat in it. */
  joined: boolean;
}

/** A bucket of session credits. One bucket may cover several services. */
export interface CreditBucket {
  id: string;
  name: string;
  /** Slugs of the services this bucket pays for. */
  services: string[];
  /** Sessions left; `null` means unlimited. */
  remaining: number | null;
  /** When a renewing bucket is topped up again; `null` for packs that do not renew. */
  renewsAt: string | null;
  /** The renewal period (e.g. `"month"`), or `null` for a one-off pack. */
  renewal: string | null;
}

/** A time reserved for one student while they confirm. */
export interface SlotHold {
  id: string;
  expiresAt: string;
}

/** What a backend can do; components adapt to it instead of failing. */
export interface ClientCapabilities {
  /**
   * The backend exposes mentors' free times and books them. `false` for backends whose booking happens
   * on an external page (components then offer `getExternalBookingUrl`).
   */
  availability: boolean;
  /** `holdSlot`/`releaseHold` reserve a time while the student confirms. */
  holds: boolean;
  /** Students can cancel their own sessions. */
  cancel: boolean;
  /** `rescheduleSession` moves a session to another free time of the same mentor. Absent: `false`. */
  reschedule?: boolean;
  /** `rateSession` records the student's rating of a past session. Absent: `false`. */
  feedback?: boolean;
  /**
   * `listGroupSessions`/`bookGroupSeat` serve services of kind `group`. Absent: `false`, and group
   * services are booked like 1-1 ones.
   */
  groups?: boolean;
  /**
   * The backend's change policy: students may cancel or move a session until this many hours before
   * it starts (0: until it starts). The card says so before booking, and warns when the chosen time is
   * already inside it. Absent: the backend does not say.
   */
  changeNoticeHours?: number;
  /** `listGoals`/`saveGoal` keep the student's goals, and bookings may carry one. Absent: `false`. */
  goals?: boolean;
  /** `submitCheckIn` takes a check-in after a session (rating, goal progress, fit). Absent: `false`. */
  checkIns?: boolean;
  /**
   * `previewSeries`/`bookSeries` book regular meetings in one request, and `cancelSession` takes a
   * `scope`. Absent: `false`.
   */
  series?: boolean;
  /** `getProfile`/`saveProfile` keep the student's needs and preferences (the intake). Absent: `false`. */
  profile?: boolean;
  /** `getProgram`/`closeProgram`: the student's programme, from its dates to its closure. Absent: `false`. */
  program?: boolean;
  /**
   * `listMentorSessions`/`submitSessionReport`: the signed-in mentor's sessions with each student's
   * context, and the report after each. Absent: `false`.
   */
  mentor?: boolean;
  /** `getMentorHours`/`saveMentorHours`: the signed-in mentor's weekly hours and time off. Absent: `false`. */
  mentorHours?: boolean;
  /**
   * For a backend that keeps only part of a report: the parts beyond its attendance that it keeps
   * (`[]`: attendance only). `<mentor-desk>` asks only for these, and a held session needs a summary
   * only where `summary` is kept. Absent: every part.
   */
  reportFields?: readonly ReportField[];
  /** `false`: the backend keeps no note with a time off, and `<mentor-availability>` asks for none. Absent: kept. */
  timeOffNotes?: boolean;
}

/** A part of a mentor's report beyond its attendance. */
export type ReportField = 'summary' | 'actionItems' | 'goalProgress' | 'feedback';

export interface RequestOptions {
  signal?: AbortSignal;
}

/** What every write but a booking takes (a booking's key is required): one key per attempt. */
export interface WriteOptions extends RequestOptions {
  /**
   * The same key sent again is answered with the first answer, never written twice. The widgets send
   * one with every write; a backend that keeps no keys is settled by looking the write up.
   */
  idempotencyKey?: string;
}

export interface ListMentorsParams extends RequestOptions {
  /** Only mentors who give this service; all mentors when omitted. */
  service?: string;
}

export interface AvailabilityParams extends RequestOptions {
  mentor: string;
  service: string;
  /** Start of the range, inclusive (UTC ISO instant). */
  from: string;
  /** End of the range, exclusive (UTC ISO instant). */
  to: string;
}

export interface BookSessionParams extends RequestOptions {
  mentor: string;
  service: string;
  startsAt: string;
  /** What the student wants to work on. */
  agenda?: string;
  /** The student's IANA zone, for the backend's reminders and invitations. */
  timezone: string;
  /**
   * One key per booking attempt: the same key sent twice books one session. Retries of a failed
   * attempt must reuse it; a new attempt takes a new one (`crypto.randomUUID()`).
   */
  idempotencyKey: string;
  /** The hold this booking confirms, when the backend holds slots. */
  holdId?: string;
  /** The student's goal this session is for (its id), when the backend keeps goals. */
  goal?: string;
}

export interface ListSessionsParams extends RequestOptions {
  status: 'upcoming' | 'past';
}

export interface SessionParams extends RequestOptions {
  id: string;
}

export interface CancelSessionParams extends SessionParams, WriteOptions {
  /** For a meeting of a series: `one` (default) or `following` (this one and every later one). */
  scope?: 'one' | 'following';
}

export interface PreviewSeriesParams extends RequestOptions {
  mentor: string;
  service: string;
  /** The first meeting: one of the mentor's free times. */
  startsAt: string;
  every: SeriesEvery;
  /** How many meetings, 2 to 12. */
  count: number;
}

export interface BookSeriesParams extends RequestOptions {
  mentor: string;
  service: string;
  /** The meetings' starts, as previewed (a free time or its alternative each); all or nothing. */
  occurrences: string[];
  /**
   * How often they come, as previewed: the answer's `series.every`. The dates alone cannot say it once
   * the student skips one. Absent (a caller from before it was sent): the backend reads the dates.
   */
  every?: SeriesEvery;
  agenda?: string;
  /** The student's goal the series is for. */
  goal?: string;
  /** The student's IANA zone. */
  timezone: string;
  /** One per attempt: the same key sent twice books one series. */
  idempotencyKey: string;
}

export interface CloseProgramParams extends WriteOptions {
  summary: string;
  achievements: string[];
  /** A whole number from 1 to 5. */
  rating: number;
  comment?: string;
}

export interface SaveProfileParams extends WriteOptions {
  profile: Omit<MenteeProfile, 'updatedAt'>;
}

export interface RescheduleSessionParams extends RequestOptions {
  /** The session to move. */
  id: string;
  /** The new start: one of the mentor's free times for the session's service. */
  startsAt: string;
  /** As for `bookSession`: the same key sent twice moves the session once. */
  idempotencyKey: string;
}

export interface RateSessionParams extends WriteOptions {
  id: string;
  /** A whole number from 1 to 5. */
  rating: number;
  comment?: string;
}

export interface SaveGoalParams extends WriteOptions {
  goal: GoalInput;
}

export interface SubmitCheckInParams extends WriteOptions {
  /** The session's id. */
  session: string;
  /** A whole number from 1 to 5. */
  rating: number;
  comment?: string;
  /** Progress on the student's goals. */
  goals?: GoalCheckIn[];
  fit?: MentorFit;
}

export interface ListGroupSessionsParams extends RequestOptions {
  /** A service of kind `group`. */
  service: string;
}

export interface BookGroupSeatParams extends RequestOptions {
  /** The group session's id. */
  groupSession: string;
  /** What the student wants to work on. */
  agenda?: string;
  /** The student's IANA zone. */
  timezone: string;
  /** As for `bookSession`: the same key sent twice takes one seat. */
  idempotencyKey: string;
}

export interface HoldSlotParams extends RequestOptions {
  mentor: string;
  service: string;
  startsAt: string;
}

export interface ExternalBookingParams extends RequestOptions {
  mentor: string;
  service: string;
}

export interface ListMentorSessionsParams extends RequestOptions {
  /** Sessions that start at or after this instant. */
  from?: string;
  /** Sessions that start before this instant. */
  to?: string;
  /** `upcoming` (soonest first) or `past` (latest first); both, soonest first, when omitted. */
  status?: 'upcoming' | 'past';
}

export interface SubmitSessionReportParams extends WriteOptions {
  /** The session's id. */
  session: string;
  attendance: Attendance;
  summary?: string;
  actionItems?: string[];
  /** 0–100, for the session's goal. */
  goalProgress?: number;
  feedback?: Partial<MentorFeedback>;
}

export interface SaveMentorHoursParams extends WriteOptions, Omit<MentorHours, 'noticeMinutes' | 'bufferMinutes'> {
  /** Left out (or `null`) where the backend has no such setting. */
  noticeMinutes?: number | null;
  bufferMinutes?: number | null;
}

export interface MentorshipClient {
  readonly capabilities: ClientCapabilities;
  listServices(options?: RequestOptions): Promise<MentorshipService[]>;
  listMentors(params?: ListMentorsParams): Promise<Mentor[]>;
  getAvailability(params: AvailabilityParams): Promise<Availability>;
  bookSession(params: BookSessionParams): Promise<MentorshipSession>;
  getCredits(options?: RequestOptions): Promise<CreditBucket[]>;
  listSessions(params: ListSessionsParams): Promise<MentorshipSession[]>;
  /**
   * Cancels a session that has not started; its credit returns. With `scope: 'following'`, a series'
   * later meetings too (each credit returns). A policy refusal is `forbidden` with the backend's `reason`.
   */
  cancelSession(params: CancelSessionParams): Promise<MentorshipSession>;
  /**
   * Moves a session to another free time of its mentor, in one request; credits are unchanged.
   * Present when `capabilities.reschedule` is true.
   */
  rescheduleSession?(params: RescheduleSessionParams): Promise<MentorshipSession>;
  /** Rates a session that has ended, once. Present when `capabilities.feedback` is true. */
  rateSession?(params: RateSessionParams): Promise<MentorshipSession>;
  /**
   * The group sessions of a `group` service that have not started, soonest first, with the seats left
   * and whether the student holds one. Present when `capabilities.groups` is true.
   */
  listGroupSessions?(params: ListGroupSessionsParams): Promise<GroupSession[]>;
  /**
   * Takes a seat in a group session for one credit of its service; the student's seat is a
   * `MentorshipSession` (cancel it to give the seat back). A full session is `slot-taken`.
   * Present when `capabilities.groups` is true.
   */
  bookGroupSeat?(params: BookGroupSeatParams): Promise<MentorshipSession>;
  /** The student's goals, the active ones first. Present when `capabilities.goals` is true. */
  listGoals?(options?: RequestOptions): Promise<Goal[]>;
  /** Creates a goal (no `id`) or changes one, its status too. Present when `capabilities.goals` is true. */
  saveGoal?(params: SaveGoalParams): Promise<Goal>;
  /**
   * The student's check-in on a session that has ended, once: its rating (as `rateSession`), progress
   * on goals, and the mentor's fit. Present when `capabilities.checkIns` is true.
   */
  submitCheckIn?(params: SubmitCheckInParams): Promise<MentorshipSession>;
  /**
   * Every meeting of a series before booking: free, taken or unavailable (with an alternative), and
   * what it costs. Present when `capabilities.series` is true.
   */
  previewSeries?(params: PreviewSeriesParams): Promise<SeriesPreview>;
  /**
   * Books a series in one request, all or nothing: `no-credits` when the credits do not cover it,
   * `slot-taken` (naming them) when meetings were taken meanwhile. Present when `capabilities.series` is true.
   */
  bookSeries?(params: BookSeriesParams): Promise<BookedSeries>;
  /** The student's needs and preferences, `null` before the intake. Present when `capabilities.profile` is true. */
  getProfile?(params?: RequestOptions): Promise<MenteeProfile | null>;
  /** Saves the intake (the whole profile: a later save replaces it). Present when `capabilities.profile` is true. */
  saveProfile?(params: SaveProfileParams): Promise<MenteeProfile>;
  /** The student's programme. Present when `capabilities.program` is true. */
  getProgram?(params?: RequestOptions): Promise<MentorshipProgram>;
  /** Closes the programme once, with the student's summary; the programme, closed. Present when `capabilities.program` is true. */
  closeProgram?(params: CloseProgramParams): Promise<MentorshipProgram>;
  /**
   * The signed-in mentor's sessions, each with its student's context (shared goals only). A token that
   * is not a mentor's is `forbidden`. Present when `capabilities.mentor` is true.
   */
  listMentorSessions?(params?: ListMentorSessionsParams): Promise<MentorSession[]>;
  /**
   * The mentor's report on a session that has started: attendance (which decides the student's
   * credit), summary, next steps, goal progress and feedback. Sent again within `editableUntil`, it
   * replaces the first. Present when `capabilities.mentor` is true.
   */
  submitSessionReport?(params: SubmitSessionReportParams): Promise<MentorSession>;
  /** The signed-in mentor's weekly hours and time off. Present when `capabilities.mentorHours` is true. */
  getMentorHours?(params?: RequestOptions): Promise<MentorHours>;
  /**
   * Replaces the mentor's hours; students' free times follow at once. Sessions already booked stay
   * booked, inside new time off too. Present when `capabilities.mentorHours` is true.
   */
  saveMentorHours?(params: SaveMentorHoursParams): Promise<MentorHours>;
  /** Reserves a time for this student; present when `capabilities.holds` is true. */
  holdSlot?(params: HoldSlotParams): Promise<SlotHold>;
  /** Gives a held time back; present when `capabilities.holds` is true. */
  releaseHold?(params: SessionParams): Promise<void>;
  /**
   * The mentor's external booking page, for backends without availability. Built only when the
   * student asks for it, because it may carry credentials: never write it into the DOM.
   */
  getExternalBookingUrl?(params: ExternalBookingParams): Promise<string>;
}
