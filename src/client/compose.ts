/**
 * `composeClients`: one `MentorshipClient` made of several, each doing what its backend can —
 * e.g. scheduling from Cal.com, credits and sessions from the LMS's own API.
 */
import { accepted, MentorshipError, outcomeUnknown } from './errors.js';
import { METHOD_NAMES, METHODS, methodOf, type AnyMethod, type MethodName, type MethodSpec } from './methods.js';
import type { MentorshipClient } from './types.js';

/** The writes the widgets settle by looking in the session lists when an answer is lost. */
const LOOKED_UP_IN_SESSIONS: ReadonlySet<MethodName> = new Set(['bookSession', 'bookGroupSeat', 'bookSeries']);

/**
 * A write made by one part whose outcome is unknown, when another part lists the sessions: those lists
 * do not hold its writes, so their "not there" must not read as "not done". It becomes `unconfirmed`
 * (the maker could not tell), which is settled by asking the maker again — Cal.com's adapter looks its
 * own bookings up — and never as a failure to book again.
 */
function settledByItsMaker(method: AnyMethod): AnyMethod {
  return params =>
    method(params).catch((error: unknown) => {
      // A refusal, an accepted write (2xx) or the maker's own "cannot tell" is already the answer.
      if (!outcomeUnknown(error) || accepted(error) || (error instanceof MentorshipError && error.code === 'unconfirmed')) throw error;
      throw new MentorshipError('unconfirmed', 'The part that made this write could not tell whether it happened.', { cause: error });
    });
}

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
  // Each capability from the part that serves its methods (the table says which), read when asked:
  // an HTTP part learns its own from its backend (GET /capabilities) after it is composed.
  const capabilities = {};
  for (const name of METHOD_NAMES) {
    const { capability } = METHODS[name] as MethodSpec;
    const part = servedBy[METHODS[name].part];
    if (capability)
      Object.defineProperty(capabilities, capability, {
        get: () => Boolean(part.capabilities[capability]),
        enumerable: true,
        configurable: true,
      });
  }
  // What a part keeps of the mentor's side comes with that part: reports with the sessions, hours with scheduling.
  // (Declared by the page or the adapter, never learned later: copied when there.)
  const { reportFields } = sessions.capabilities;
  const { timeOffNotes } = scheduling.capabilities;
  Object.assign(capabilities, reportFields && { reportFields }, timeOffNotes !== undefined && { timeOffNotes });
  const composed: Record<string, unknown> = { capabilities };
  // Each method from the part the table names; an optional one only where that part has it.
  for (const name of METHOD_NAMES) {
    const part = servedBy[METHODS[name].part];
    const method = methodOf(part, name);
    if (!method) continue;
    composed[name] = LOOKED_UP_IN_SESSIONS.has(name) && part !== sessions ? settledByItsMaker(method) : method;
  }
  return composed as unknown as MentorshipClient;
}
