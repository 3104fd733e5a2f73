/**
 * The memory store's programme and profile: the intake the student gave, the programme with the
 * sessions held so far, and closing it.
 */
import { MentorshipError } from '../errors.js';
import type { CloseProgramParams, MenteeProfile, MentorshipProgram, RequestOptions } from '../types.js';
import { checkProfile } from './profile.js';
import { checkClosing } from './program.js';
import { type ProfileRequest, clone, policyText } from './store-records.js';
import { SessionRecords } from './store-sessions.js';

export class ProgrammeRecords extends SessionRecords {
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
}
