import type { MentorSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface ReportSentDetail {
  /** The mentor's session with its `report` as the backend keeps it. */
  session: MentorSession;
}

/** The mentor sent (or changed) the report after a session. */
export class ReportSentEvent extends mentorshipEvent<ReportSentDetail>('mentorship-report-sent') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-report-sent': ReportSentEvent;
  }
}
