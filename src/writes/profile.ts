/** Saving the student's intake (needs and preferences). */
import type { MenteeProfile } from '../client/types.js';
import type { WriteDefinition } from '../controllers/write.js';
import { ProfileSavedEvent } from '../events/profile-saved.js';

type Answers = Omit<MenteeProfile, 'updatedAt'>;

/** Whether two profiles give the same answers (in any order, skills in any case): a save that happened. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const key = (profile: Answers) =>
    JSON.stringify([
      profile.goals.trim(),
      profile.skills.map(skill => skill.toLowerCase()).sort(),
      profile.level,
      [...profile.languages].sort(),
      [...profile.times.weekdays].sort(),
      [...profile.times.parts].sort(),
    ]);
  return key(a) === key(b);
}

export const profile: WriteDefinition<'profile'> = {
  kind: 'profile',
  operation: 'profile',
  signature: ({ profile: answers }) => JSON.stringify(answers),
  write: ({ client, profile: answers }, idempotencyKey) => ({
    send: () => client.saveProfile({ profile: answers, idempotencyKey }),
    // Saved if the backend now holds these answers.
    lookup: async () => {
      const saved = (await client.getProfile?.()) ?? null;
      return saved && sameAnswers(saved, answers) ? saved : null;
    },
    provisional: () => ({ ...answers, updatedAt: null }),
  }),
  done: saved => new ProfileSavedEvent({ profile: saved }),
};
