import { defineElement } from '../../utils/define.js';
import { MentorshipGoals } from './mentorship-goals.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorshipGoals };

defineElement('mentorship-goals', MentorshipGoals);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-goals': MentorshipGoals;
  }
}
