import { defineElement } from '../../utils/define.js';
import { MentorAvailability } from './mentor-availability.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorAvailability };

defineElement('mentor-availability', MentorAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-availability': MentorAvailability;
  }
}
