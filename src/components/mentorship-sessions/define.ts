import { defineElement } from '../../utils/define.js';
import { MentorshipSessions } from './mentorship-sessions.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorshipSessions };

defineElement('mentorship-sessions', MentorshipSessions);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-sessions': MentorshipSessions;
  }
}
