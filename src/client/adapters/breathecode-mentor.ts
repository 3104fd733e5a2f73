/**
 * The BreatheCode adapter's mentor side (its `mentor` option), for a page where the signed-in user is
 * a mentor: their sessions (`GET /v1/mentorship/user/me/session`, which lists a user's sessions as
 * mentor and as mentee), and the close form 4Geeks' mentors fill after each — a status and a summary
 * (`PUT /v1/mentorship/academy/session/{id}`, which needs the `crud_mentorship_session` capability in
 * the academy: without it the API's 403 and its words reach the desk).
 *
 * What BreatheCode keeps of a report is its status and summary: `COMPLETED` (held), `FAILED` (the
 * student did not come) and `IGNORED` (not billed: the mentor could not attend). Next steps, progress
 * and feedback are refused rather than dropped (`capabilities.reportFields` is `['summary']`).
 */
import { finiteNumber, instant, nullable, object, optional, ShapeError, string, text, type Decoder } from '../decode.js';
import { MentorshipError } from '../errors.js';
import type { Transport } from '../transport.js';
import type { Attendance, ListMentorSessionsParams, MentorSession, MentorshipClient, SubmitSessionReportParams } from '../types.js';
import { clock } from '../../utils/clock.js';
import { safeHttpUrl } from '../../utils/url.js';

export interface BreatheCodeMentorContext {
  request: Transport;
  /** Every item of a BreatheCode list, page by page. */
  all: <T>(path: string, query: Record<string, string | undefined>, item: Decoder<T>, signal?: AbortSignal) => Promise<T[]>;
  /** The signed-in mentor's slug. */
  mentor: string;
  /** How long after a session its report may be changed, in hours. */
  windowHours: number;
}

export type BreatheCodeMentorMethods = Required<Pick<MentorshipClient, 'listMentorSessions' | 'submitSessionReport'>>;

const HOUR = 3_600_000;

/** A close form's status for each attendance, and back. */
const STATUS_OF: Record<Attendance, string> = { held: 'COMPLETED', 'student-absent': 'FAILED', 'mentor-absent': 'IGNORED' };
const ATTENDANCE_OF: Record<string, Attendance> = { COMPLETED: 'held', FAILED: 'student-absent', IGNORED: 'mentor-absent' };

interface ApiMentorSession {
  id: string;
  status: string;
  mentor: string;
  service: string;
  startsAt: string;
  endsAt: string;
  joinUrl: string | null;
  agenda: string;
  summary: string;
  student: { id: string; name: string; avatarUrl: string | null } | null;
}

const person = object(field => ({
  id: String(field('id', finiteNumber)),
  name: `${field('first_name', text)} ${field('last_name', text)}`.trim(),
  avatarUrl:
    field('profile', optional(nullable(object(profile => profile('avatar_url', optional(nullable(string))))))) ??
    field('avatar_url', optional(nullable(string))) ??
    null,
}));

const apiMentorSession: Decoder<ApiMentorSession> = object(field => {
  const startsAt = field('starts_at', optional(nullable(instant))) ?? field('started_at', optional(nullable(instant)));
  // The service's duration is in seconds ("3600.0"); an hour when it does not say.
  const seconds = Number(field('service', optional(nullable(object(service => service('duration', optional(text)))))));
  const endsAt =
    field('ends_at', optional(nullable(instant))) ??
    field('ended_at', optional(nullable(instant))) ??
    (startsAt ? new Date(Date.parse(startsAt) + (seconds > 0 ? seconds : 3600) * 1000).toISOString() : null);
  // A session without its times is left out of the list (and counted), as any unreadable record.
  if (!startsAt || !endsAt) throw new ShapeError('response.starts_at', 'an instant');
  return {
    id: String(field('id', finiteNumber)),
    status: field('status', string).toUpperCase(),
    mentor: field(
      'mentor',
      object(mentor => mentor('slug', string)),
    ),
    service: field('service', optional(nullable(object(service => service('slug', string))))) ?? '',
    startsAt,
    endsAt,
    joinUrl: safeHttpUrl(field('online_meeting_url', optional(nullable(string)))),
    agenda: field('agenda', text),
    summary: field('summary', optional(text)) ?? '',
    // A session no student ever joined has no mentee.
    student: field('mentee', optional(nullable(person))) ?? null,
  };
});

export function breatheCodeMentorSide({ request, all, mentor, windowHours }: BreatheCodeMentorContext): BreatheCodeMentorMethods {
  /** The mentor's sessions last listed, by id: a report answers with the session as the desk shows it. */
  const listed = new Map<string, MentorSession>();

  function toMentorSession(
    session: ApiMentorSession & { student: NonNullable<ApiMentorSession['student']> },
    together: number,
  ): MentorSession {
    const now = clock.now().getTime();
    const attendance = ATTENDANCE_OF[session.status];
    const until = Date.parse(session.endsAt) + windowHours * HOUR;
    const shown: MentorSession = {
      id: session.id,
      service: session.service,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      status:
        session.status === 'PENDING'
          ? 'scheduled'
          : session.status === 'STARTED'
            ? 'started'
            : attendance === 'held'
              ? 'completed'
              : attendance
                ? 'missed'
                : session.status.toLowerCase(),
      joinUrl: session.joinUrl,
      agenda: session.agenda,
      student: { ...session.student, program: null, timezone: null },
      goal: null,
      intake: null,
      lastCheckIn: null,
      sessionsTogether: together,
      report: attendance
        ? {
            attendance,
            summary: attendance === 'held' ? session.summary : '',
            actionItems: [],
            goalProgress: null,
            feedback: { wentWell: '', toWorkOn: '' },
            at: session.endsAt,
            editableUntil: until > now ? new Date(until).toISOString() : null,
          }
        : null,
      studentAbsentCredit: null,
    };
    listed.set(shown.id, shown);
    return shown;
  }

  async function listMentorSessions({ from, to, status, signal }: ListMentorSessionsParams = {}): Promise<MentorSession[]> {
    const now = clock.now().getTime();
    // The list holds the user's sessions as mentee too; those with no student are BreatheCode's own to close.
    const mine = (await all('/v1/mentorship/user/me/session', {}, apiMentorSession, signal)).filter(
      (session): session is ApiMentorSession & { student: NonNullable<ApiMentorSession['student']> } =>
        session.mentor === mentor && session.student !== null,
    );
    // The starts of each student's sessions held, grouped once: counting over the whole list for each
    // session was quadratic in a mentor's history.
    const held = new Map<string, string[]>();
    for (const session of mine) {
      if (session.status !== 'COMPLETED') continue;
      const starts = held.get(session.student.id) ?? [];
      starts.push(session.startsAt);
      held.set(session.student.id, starts);
    }
    const start = from === undefined ? -Infinity : Date.parse(from);
    const end = to === undefined ? Infinity : Date.parse(to);
    const upcoming = (session: ApiMentorSession) =>
      (session.status === 'PENDING' || session.status === 'STARTED') && Date.parse(session.endsAt) > now;
    return mine
      .filter(session => Date.parse(session.startsAt) >= start && Date.parse(session.startsAt) < end)
      .filter(session => status === undefined || upcoming(session) === (status === 'upcoming'))
      .sort((a, b) => (status === 'past' ? -1 : 1) * (Date.parse(a.startsAt) - Date.parse(b.startsAt)))
      .map(session => toMentorSession(session, (held.get(session.student.id) ?? []).filter(at => at < session.startsAt).length));
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
    if (actionItems?.some(item => item.trim()) || goalProgress != null || feedback?.wentWell?.trim() || feedback?.toWorkOn?.trim()) {
      throw new MentorshipError(
        'bad-request',
        "BreatheCode keeps a session's status and summary only (capabilities.reportFields): send those.",
      );
    }
    const closing = STATUS_OF[attendance];
    if (!closing) throw new MentorshipError('bad-request', 'attendance must be held, student-absent or mentor-absent.');
    if (!listed.has(session)) await listMentorSessions({ signal });
    const known = listed.get(session);
    if (!known) throw new MentorshipError('not-found', 'There is no such session of yours.');
    // The whole close form each time: sent again, it says the same.
    const saved = await request({
      method: 'PUT',
      path: `/v1/mentorship/academy/session/${encodeURIComponent(session)}`,
      body: { status: closing, summary: summary?.trim() ?? '' },
      signal,
      decode: object(field => ({ status: field('status', string).toUpperCase(), summary: field('summary', optional(text)) ?? '' })),
    });
    return toMentorSession(
      {
        ...known,
        mentor,
        status: saved.status,
        summary: saved.summary,
        student: { id: known.student.id, name: known.student.name, avatarUrl: known.student.avatarUrl },
      },
      known.sessionsTogether,
    );
  }

  return { listMentorSessions, submitSessionReport };
}
