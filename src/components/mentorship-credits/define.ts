import { defineElement } from '../../internal/define.js';
import { MentorshipCredits } from './mentorship-credits.js';

defineElement('mentorship-credits', MentorshipCredits);

declare global {
  interface HTMLElementTagNameMap {
    'mentorship-credits': MentorshipCredits;
  }
}
