import { defineElement } from '../../internal/define.js';
import { MentorScheduleCard } from './mentor-schedule-card.js';

defineElement('mentor-schedule-card', MentorScheduleCard);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-schedule-card': MentorScheduleCard;
  }
}
