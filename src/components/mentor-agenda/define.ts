import { defineElement } from '../../internal/define.js';
import { MentorAgenda } from './mentor-agenda.js';

defineElement('mentor-agenda', MentorAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-agenda': MentorAgenda;
  }
}
