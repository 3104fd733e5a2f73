import { defineElement } from '../../utils/define.js';
import { MentorshipCredits } from './mentorship-credits.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorshipCredits };

defineElement('mentorship-credits', MentorshipCredits);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-credits': MentorshipCredits;
  }
}
