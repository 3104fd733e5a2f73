/**
 * `composeClients`: one `MentorshipClient` made of several, each doing what its backend can —
 * e.g. scheduling from Cal.com, credits and sessions from the LMS's own API.
 */
import { METHOD_NAMES, METHODS, methodOf } from './methods.js';
import type { MentorshipClient } from './types.js';

export interface ClientParts {
  /** Free times, holds, booking, group sessions' seats, external booking pages. */
  scheduling: MentorshipClient;
  /** Services and mentors. Default: `scheduling`. */
  catalog?: MentorshipClient;
  /** Credit buckets. Default: `scheduling`. */
  credits?: MentorshipClient;
  /** Listing, cancelling, moving, rating and checking in on sessions, goals, and the student's profile. Default: `scheduling`. */
  sessions?: MentorshipClient;
}

export function composeClients(parts: ClientParts): MentorshipClient {
  const { scheduling, catalog = scheduling, credits = scheduling, sessions = scheduling } = parts;
  const servedBy: Required<ClientParts> = { scheduling, catalog, credits, sessions };
  const composed: Record<string, unknown> = {
    capabilities: {
      availability: scheduling.capabilities.availability,
      holds: scheduling.capabilities.holds,
      cancel: sessions.capabilities.cancel,
      reschedule: sessions.capabilities.reschedule ?? false,
      feedback: sessions.capabilities.feedback ?? false,
      groups: scheduling.capabilities.groups ?? false,
      goals: sessions.capabilities.goals ?? false,
      checkIns: sessions.capabilities.checkIns ?? false,
      series: scheduling.capabilities.series ?? false,
      profile: sessions.capabilities.profile ?? false,
      program: sessions.capabilities.program ?? false,
    },
  };
  // Each method from the part the table names; an optional one only where that part has it.
  for (const name of METHOD_NAMES) {
    const method = methodOf(servedBy[METHODS[name].part], name);
    if (method) composed[name] = method;
  }
  return composed as unknown as MentorshipClient;
}
