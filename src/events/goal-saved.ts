import type { Goal } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface GoalSavedDetail {
  /** The goal as the backend saved it (new, changed, achieved or dropped). */
  goal: Goal;
}

/** A goal was created or changed (its steps, progress or status too). */
export class GoalSavedEvent extends mentorshipEvent<GoalSavedDetail>('mentorship-goal-saved') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-goal-saved': GoalSavedEvent;
  }
}
