import type { ClientCapabilities } from './types.js';

/** What a backend that implements the whole contract can do (our REST contract, the memory store). */
export const EVERY_CAPABILITY = {
  availability: true,
  holds: true,
  cancel: true,
  reschedule: true,
  feedback: true,
  groups: true,
  goals: true,
  checkIns: true,
  series: true,
  profile: true,
  program: true,
  mentor: true,
  mentorHours: true,
} as const satisfies ClientCapabilities;
