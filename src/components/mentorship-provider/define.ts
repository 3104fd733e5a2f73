import { defineElement } from '../../utils/define.js';
import { MentorshipProvider } from './mentorship-provider.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorshipProvider };

defineElement('mentorship-provider', MentorshipProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-provider': MentorshipProvider;
  }
}
