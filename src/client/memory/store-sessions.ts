/**
 * The memory store's sessions: booking (1-1, a seat in a group session, a hold on a time), listing,
 * cancelling (one, or a series' later meetings too), moving, rating and checking in.
 */
import { MentorshipError } from '../errors.js';
import type { GroupSession, MentorshipSession, SlotHold } from '../types.js';
import { thisAndFollowing } from '../../utils/following.js';
import { isValidTimeZone } from '../../utils/time.js';
import { applyCheckIn } from './goals.js';
import {
  type BookingRequest,
  type CancelRequest,
  type CheckInRequest,
  FITS,
  type FeedbackRequest,
  MINUTE,
  type RescheduleRequest,
  type SeatRequest,
  type SlotRequest,
  type StoredHold,
  policyText,
  refusal,
} from './store-records.js';
import { SeriesRecords } from './store-series.js';

export class SessionRecords extends SeriesRecords {
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
      timezone: request.timezone,
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
      timezone: request.timezone,
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
      // The rule the sessions list announces (utils/following.ts); of the later ones, those still to come.
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
}
