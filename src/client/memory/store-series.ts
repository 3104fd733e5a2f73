/**
 * The memory store's series: a preview of every meeting (free, taken with the nearest free time that
 * day, or outside the mentor's hours) and what it costs, and booking all of them at once or none; the
 * credits of a renewing bucket's later periods spent ahead.
 */
import { MentorshipError } from '../errors.js';
import type { BookedSeries, SeriesCredits, SeriesOccurrence, SeriesPreview, CreditBucket, MentorshipService } from '../types.js';
import { dayKeyOf } from '../../utils/days.js';
import { isValidTimeZone } from '../../utils/time.js';
import { checkEvery, checkSeries, everyOf, occurrenceStarts, periodOf, SERIES_MAX } from './series.js';
import { type MemoryCreditBucket, type MemoryMentor } from './dataset.js';
import {
  HOUR,
  MINUTE,
  type SeriesPreviewRequest,
  type SeriesRequest,
  type StoredSeries,
  clone,
  parseInstant,
  policyText,
} from './store-records.js';
import { GoalRecords } from './store-goals.js';

export class SeriesRecords extends GoalRecords {
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
    if (request.every !== undefined) checkEvery(request.every);
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
        timezone: request.timezone,
      });
      session.series = id;
      session.period = period;
      return session.id;
    });
    // As the request says; from the dates only for a caller that did not say (a skipped date misleads them).
    const stored: StoredSeries = { student, series: { id, every: request.every ?? everyOf(starts), count: sessions.length }, sessions };
    this.series.set(id, stored);
    this.idempotency.set(replayKey, id);
    this.releaseHoldsOf(student);
    return this.presentSeries(stored);
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

  protected spendAhead(bucket: CreditBucket, period: number, count: number): void {
    const key = `${bucket.id}|${period}`;
    this.spentAhead.set(key, (this.spentAhead.get(key) ?? 0) + count);
  }
}
