import { defineElement } from '../../utils/define.js';
import { MentorDesk } from './mentor-desk.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorDesk };

defineElement('mentor-desk', MentorDesk);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-desk': MentorDesk;
  }
}
