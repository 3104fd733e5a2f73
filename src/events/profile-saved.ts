import type { MenteeProfile } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface ProfileSavedDetail {
  /** The profile as the backend saved it. */
  profile: MenteeProfile;
}

/** The student saved their needs and preferences (the intake). Mentor lists on the page rank by them. */
export class ProfileSavedEvent extends mentorshipEvent<ProfileSavedDetail>('mentorship-profile-saved') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-profile-saved': ProfileSavedEvent;
  }
}
