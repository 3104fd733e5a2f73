import { defineElement } from '../../utils/define.js';
import { MentorshipIntake } from './mentorship-intake.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorshipIntake };

defineElement('mentorship-intake', MentorshipIntake);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-intake': MentorshipIntake;
  }
}
