import { defineElement } from '../../internal/define.js';
import { MentorshipProvider } from './mentorship-provider.js';

defineElement('mentorship-provider', MentorshipProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-provider': MentorshipProvider;
  }
}
