/**
 * The memory store's mentor side: the signed-in mentor's sessions with each student's context, the
 * report after a session (its attendance decides the student's credit), and the mentor's hours, which
 * the free times students read come from. A mentor signs in as their slug.
 */
import { MentorshipError } from '../errors.js';
import type {
  ListMentorSessionsParams,
  MentorHours,
  MentorSession,
  RequestOptions,
  SaveMentorHoursParams,
  SubmitSessionReportParams,
} from '../types.js';
import { progressOf } from './goals.js';
import type { MemoryMentor } from './dataset.js';
import { creditReturned, hoursFrom, reportFrom } from './mentor.js';
import { HOUR, clone, policyText, refusal, type StoredSession } from './store-records.js';
import { ProgrammeRecords } from './store-programme.js';

type Params<T> = Omit<T, keyof RequestOptions>;

export class MentorRecords extends ProgrammeRecords {
  /** The mentor's sessions, each with its student's context; `forbidden` for anyone but a mentor. */
  listMentorSessions(user: string, { from, to, status }: Params<ListMentorSessionsParams> = {}, language?: string): MentorSession[] {
    const mentor = this.mentorUser(user, language);
    const now = this.now().getTime();
    const start = from === undefined ? -Infinity : Date.parse(from);
    const end = to === undefined ? Infinity : Date.parse(to);
    if (Number.isNaN(start) || Number.isNaN(end)) throw new MentorshipError('bad-request', 'from and to must be ISO-8601 instants.');
    const mine = this.sessions.filter(session => session.mentor.slug === mentor.slug);
    // Each student's sessions with this mentor, grouped once: a session's context reads its pair's
    // history, and scanning every session for each one made a long list quadratic.
    const pairs = new Map<string, StoredSession[]>();
    for (const session of mine) (pairs.get(session.student) ?? pairs.set(session.student, []).get(session.student)!).push(session);
    return mine
      .filter(session => Date.parse(session.startsAt) >= start && Date.parse(session.startsAt) < end)
      .filter(session => status === undefined || (status === 'upcoming') === this.isUpcoming(this.present(session), now))
      .sort((a, b) => (status === 'past' ? -1 : 1) * (Date.parse(a.startsAt) - Date.parse(b.startsAt)))
      .map(session => this.presentToMentor(session, pairs.get(session.student)));
  }

  /**
   * The mentor's report on a session that has started, once per key; sent again while it is editable,
   * it replaces the first, and the student's credit follows the attendance it now says.
   */
  submitSessionReport(user: string, request: Params<SubmitSessionReportParams>, language?: string): MentorSession {
    return this.replay(user, `report ${request.session}`, request.idempotencyKey, () => {
      const mentor = this.mentorUser(user, language);
      const policy = policyText(language);
      const session = this.sessions.find(candidate => candidate.id === request.session && candidate.mentor.slug === mentor.slug);
      if (!session) throw new MentorshipError('not-found', 'There is no such session.');
      if (session.status === 'canceled') throw refusal(policy.canceledSession);
      if (Date.parse(session.startsAt) > this.now().getTime()) throw refusal(policy.notStarted);
      const previous = session.report;
      if (previous && (previous.editableUntil === null || Date.parse(previous.editableUntil) <= this.now().getTime())) {
        throw refusal(policy.reportClosed);
      }
      const at = previous?.at ?? this.now().toISOString();
      const report = reportFrom(request, at, new Date(Date.parse(at) + this.reportEditHours * HOUR).toISOString());

      this.settleCredit(session, creditReturned(report.attendance, this.studentAbsentCredit));
      session.report = report;
      session.attendance = report.attendance;
      session.status = report.attendance === 'held' ? 'completed' : 'missed';
      session.summary = report.summary;
      session.actionItems = report.actionItems;
      session.mentorFeedback = report.feedback.wentWell || report.feedback.toWorkOn ? report.feedback : null;
      // The mentor's view of progress moves a goal without steps (one with steps counts them).
      const goal = session.goal ? this.goals.find(candidate => candidate.id === session.goal) : undefined;
      if (goal?.shared && report.goalProgress !== null && !goal.steps.length) goal.progress = progressOf([], report.goalProgress);
      return this.presentToMentor(session);
    });
  }

  getMentorHours(user: string, _params: object = {}, language?: string): MentorHours {
    const mentor = this.mentorUser(user, language);
    return clone({
      timeZone: mentor.timezone,
      weekly: mentor.weeklyHours,
      timeOff: mentor.timeOff ?? [],
      noticeMinutes: mentor.noticeMinutes ?? 0,
      bufferMinutes: mentor.bufferMinutes ?? 0,
    });
  }

  /** Replaces the mentor's hours; sessions already booked stay booked, inside new time off too. */
  saveMentorHours(user: string, request: Params<SaveMentorHoursParams>, language?: string): MentorHours {
    return this.replay(user, 'hours', request.idempotencyKey, () => {
      const mentor = this.mentorUser(user, language);
      const hours = hoursFrom(request);
      mentor.timezone = hours.timeZone;
      mentor.weeklyHours = hours.weekly;
      mentor.timeOff = hours.timeOff;
      mentor.noticeMinutes = hours.noticeMinutes ?? 0;
      mentor.bufferMinutes = hours.bufferMinutes ?? 0;
      return this.getMentorHours(user, {}, language);
    });
  }

  private mentorUser(user: string, language: string | undefined): MemoryMentor {
    const mentor = this.mentors.find(candidate => candidate.slug === user);
    if (!mentor) throw refusal(policyText(language).notMentor);
    return mentor;
  }

  /** Gives the session's credit back, or takes it again when a corrected report says it was spent. */
  private settleCredit(session: StoredSession, returned: boolean): void {
    if (Boolean(session.refunded) === returned) return;
    session.refunded = returned;
    const bucket = this.studentOrUndefined(session.student)?.credits.find(candidate => candidate.id === session.bucketId);
    if (!bucket || bucket.remaining === null) return;
    if (session.period) this.spendAhead(bucket, session.period, returned ? -1 : 1);
    // Taken again only as far as there is one: a mentor's correction never leaves a student owing.
    else bucket.remaining = Math.max(0, bucket.remaining + (returned ? 1 : -1));
  }

  /** A session as its mentor sees it: the student, a shared goal only, the intake, the last check-in. */
  private presentToMentor(
    stored: StoredSession,
    pair = this.sessions.filter(other => other.student === stored.student && other.mentor.slug === stored.mentor.slug),
  ): MentorSession {
    const session = this.present(stored);
    const student = this.studentOrUndefined(stored.student);
    const profile = this.profiles.get(stored.student);
    const closure = this.closures.get(stored.student);
    const goal = stored.goal ? this.goals.find(candidate => candidate.id === stored.goal && candidate.shared) : undefined;
    const together = pair.filter(other => other.id !== stored.id);
    const lastCheckIn = together
      .filter(other => other.checkIn && other.startsAt < stored.startsAt)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
    const now = this.now().getTime();
    return clone({
      id: session.id,
      service: session.service,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      status: session.status,
      joinUrl: session.joinUrl,
      agenda: session.agenda,
      student: {
        id: stored.student,
        name: student?.name ?? stored.student,
        avatarUrl: student?.avatarUrl ?? null,
        program: student?.program?.name ?? null,
        timezone: stored.timezone ?? profile?.timezone ?? null,
        // What the student chose to say to their mentors when closing: their comment only.
        closingWords: closure?.comment ? { comment: closure.comment, at: closure.at } : null,
      },
      goal: goal
        ? {
            id: goal.id,
            title: goal.title,
            successCriteria: goal.successCriteria,
            targetDate: goal.targetDate,
            steps: goal.steps,
            progress: goal.progress,
            status: goal.status,
          }
        : null,
      intake: profile ? { goals: profile.goals, skills: profile.skills, languages: profile.languages } : null,
      lastCheckIn: lastCheckIn ? { ...lastCheckIn.checkIn!, session: lastCheckIn.id, at: lastCheckIn.endsAt } : null,
      // Held: reported so, or ended without a report saying otherwise.
      sessionsTogether: together.filter(
        other => Date.parse(other.endsAt) <= now && other.status !== 'canceled' && (other.attendance ?? 'held') === 'held',
      ).length,
      report: stored.report ?? null,
      studentAbsentCredit: this.studentAbsentCredit,
    });
  }
}
