import { defineElement } from '../../utils/define.js';
import { MentorScheduleCard } from './mentor-schedule-card.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorScheduleCard };

defineElement('mentor-schedule-card', MentorScheduleCard);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-schedule-card': MentorScheduleCard;
  }
}
