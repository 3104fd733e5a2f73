import { defineElement } from '../../internal/define.js';
import { MentorList } from './mentor-list.js';

defineElement('mentor-list', MentorList);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-list': MentorList;
  }
}
