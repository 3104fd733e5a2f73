import type { MentorshipErrorCode } from '../client/errors.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface MentorshipErrorDetail {
  /**
   * The contract's code, `unknown` for a failure that is not a `MentorshipError`, or `no-client` when
   * the page gave the tag no backend (no provider, `.client` or `api-base`) within 5 seconds of its
   * first load: a set-up error, also in the console; the student reads that mentoring is not available.
   */
  code: MentorshipErrorCode | 'unknown' | 'no-client';
  /** Whether trying again may help (the component then offers "Try again"). */
  retryable: boolean;
  /**
   * What the component was doing. Reads: `catalog` (the card's services and mentors), `mentors`,
   * `availability`, `credits`, `sessions`, `group-sessions`, `external-booking`. Writes: `book` (a
   * session or a group seat), `reschedule`, `cancel`, `feedback`. Others: `calendar` (the .ics download),
   * `steps` (the card's open flow could not be fetched).
   */
  operation: string;
  error: unknown;
  /**
   * With `invalid-response` on an answer that was shown: how many of its records could not be read and
   * were left out (the rest is shown).
   */
  dropped?: number;
}

/** A call to the backend failed; the component shows it and says so here. */
export class MentorshipErrorEvent extends mentorshipEvent<MentorshipErrorDetail>('mentorship-error') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-error': MentorshipErrorEvent;
  }
}
