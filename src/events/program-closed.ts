import type { MentorshipProgram } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface ProgramClosedDetail {
  /** The programme as the backend closed it: `closed` holds the student's summary. */
  program: MentorshipProgram;
}

/** The student closed their mentoring programme with a summary, a rating and last words. */
export class ProgramClosedEvent extends mentorshipEvent<ProgramClosedDetail>('mentorship-program-closed') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-program-closed': ProgramClosedEvent;
  }
}
