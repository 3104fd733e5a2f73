import { defineElement } from '../../utils/define.js';
import { MentorshipJourney } from './mentorship-journey.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorshipJourney };

defineElement('mentorship-journey', MentorshipJourney);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-journey': MentorshipJourney;
  }
}
