import { defineElement } from '../../utils/define.js';
import { MentorAgenda } from './mentor-agenda.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorAgenda };

defineElement('mentor-agenda', MentorAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-agenda': MentorAgenda;
  }
}
