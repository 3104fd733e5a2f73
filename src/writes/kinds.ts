/**
 * Every write a tag makes, as one discriminated union: a kind, what the tag gives it (`input`, with the
 * client that writes it) and what it gives back (`value`). Each kind's definition — how it is sent,
 * found again, announced — is a `WriteDefinition<K>` in this folder (booking.ts, series.ts,
 * sessions.ts, goal.ts, profile.ts, close.ts, report.ts, hours.ts), run by the tag's `WriteController`
 * (controllers/write.ts). A new write is a row here, its definition, and its tag's call: the
 * definition is typed by its row, and `test/controllers/write.test.ts` holds every kind to one.
 */
import type {
  BookedSeries,
  CloseProgramParams,
  Goal,
  GoalCheckIn,
  GoalInput,
  MenteeProfile,
  MentorFit,
  MentorshipClient,
  MentorshipProgram,
  MentorshipSession,
  MentorHours,
  MentorSession,
  SaveMentorHoursParams,
  SubmitSessionReportParams,
  SeriesEvery,
  TimeSlot,
} from '../client/types.js';
import type { With } from '../client/can.js';

/** A time taken with a mentor: a 1-1 booking, a seat in a group session, a session moved. */
export interface TimeTaken {
  mentor: string;
  /** The mentor's name, for a write the backend accepted without a readable answer. Default: the slug. */
  mentorName?: string;
  service: string;
  slot: TimeSlot;
  /** The student's zone. */
  timeZone: string;
  agenda: string;
}

export interface Writes {
  book: { input: TimeTaken & { client: MentorshipClient; goal?: string }; value: MentorshipSession };
  seat: { input: TimeTaken & { client: With<'bookGroupSeat'>; groupSession: string }; value: MentorshipSession };
  move: { input: TimeTaken & { client: With<'rescheduleSession'>; session: string }; value: MentorshipSession };
  series: {
    input: TimeTaken & { client: With<'bookSeries'>; mentorName: string; goal?: string; every: SeriesEvery; slots: TimeSlot[] };
    value: BookedSeries;
  };
  cancel: { input: { client: MentorshipClient; session: MentorshipSession; following?: MentorshipSession[] }; value: MentorshipSession };
  rate: { input: { client: With<'rateSession'>; session: MentorshipSession; rating: number; comment: string }; value: MentorshipSession };
  'check-in': {
    input: {
      client: With<'submitCheckIn'>;
      session: MentorshipSession;
      rating: number;
      comment: string;
      goals: GoalCheckIn[];
      fit?: MentorFit;
    };
    value: MentorshipSession;
  };
  goal: { input: { client: With<'saveGoal' | 'listGoals'>; goal: GoalInput; known?: Goal }; value: Goal };
  profile: { input: { client: With<'saveProfile'>; profile: Omit<MenteeProfile, 'updatedAt'> }; value: MenteeProfile };
  close: {
    input: { client: With<'closeProgram' | 'getProgram'>; closing: Omit<CloseProgramParams, 'idempotencyKey'>; program: MentorshipProgram };
    value: MentorshipProgram;
  };
  /** The mentor's report after a session. */
  report: {
    input: {
      client: With<'submitSessionReport' | 'listMentorSessions'>;
      session: MentorSession;
      report: Omit<SubmitSessionReportParams, 'session' | 'idempotencyKey' | 'signal'>;
    };
    value: MentorSession;
  };
  /** The mentor's weekly hours and time off. */
  hours: {
    input: { client: With<'saveMentorHours' | 'getMentorHours'>; hours: Omit<SaveMentorHoursParams, 'idempotencyKey' | 'signal'> };
    value: MentorHours;
  };
}

export type WriteKind = keyof Writes;

/** One write: its kind and its input (for a tag or a test that handles any). */
export type WriteRequest = { [K in WriteKind]: { kind: K; input: Writes[K]['input'] } }[WriteKind];
