import { defineElement } from '../../utils/define.js';
import { MentorList } from './mentor-list.js';

// The tag's entry point also gives the class, for subclassing and types.
export { MentorList };

defineElement('mentor-list', MentorList);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-list': MentorList;
  }
}
