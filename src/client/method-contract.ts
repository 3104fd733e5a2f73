/**
 * The contract table's other half (methods.ts has each method's kind and part): the capability that
 * says a client offers a method (a composed client takes the flag from the part serving it) and its
 * REST routes in docs/rest-api.md and docs/openapi.yaml — `METHOD /path`, `{name}` for a path segment;
 * none for an adapter's own method. test/client/contract-table.test.ts holds the HTTP client, the
 * memory client, both documents and the demo's backend to it; only composition and tests read it.
 */
import type { MethodName } from './methods.js';
import type { ClientCapabilities } from './types.js';

export interface MethodContract {
  capability?: keyof ClientCapabilities;
  routes: readonly string[];
}

export const METHOD_CONTRACT = {
  listServices: { routes: ['GET /services'] },
  listMentors: { routes: ['GET /mentors'] },
  getAvailability: { capability: 'availability', routes: ['GET /mentors/{mentor}/availability'] },
  getCredits: { routes: ['GET /credits'] },
  listSessions: { routes: ['GET /sessions'] },
  listGroupSessions: { capability: 'groups', routes: ['GET /group-sessions'] },
  bookSession: { routes: ['POST /sessions'] },
  bookGroupSeat: { capability: 'groups', routes: ['POST /group-sessions/{id}/seats'] },
  holdSlot: { capability: 'holds', routes: ['POST /holds'] },
  releaseHold: { capability: 'holds', routes: ['DELETE /holds/{id}'] },
  cancelSession: { capability: 'cancel', routes: ['POST /sessions/{id}/cancel'] },
  rescheduleSession: { capability: 'reschedule', routes: ['POST /sessions/{id}/reschedule'] },
  rateSession: { capability: 'feedback', routes: ['POST /sessions/{id}/feedback'] },
  listGoals: { capability: 'goals', routes: ['GET /goals'] },
  saveGoal: { capability: 'goals', routes: ['POST /goals', 'PATCH /goals/{id}'] },
  submitCheckIn: { capability: 'checkIns', routes: ['POST /sessions/{id}/check-in'] },
  previewSeries: { capability: 'series', routes: ['POST /series/preview'] },
  bookSeries: { capability: 'series', routes: ['POST /series'] },
  getProfile: { capability: 'profile', routes: ['GET /profile'] },
  saveProfile: { capability: 'profile', routes: ['PUT /profile'] },
  getProgram: { capability: 'program', routes: ['GET /program'] },
  closeProgram: { capability: 'program', routes: ['POST /program/close'] },
  // BreatheCode's: booking happens on the mentor's own page, whose link it builds.
  getExternalBookingUrl: { routes: [] },
} as const satisfies Record<MethodName, MethodContract>;

/**
 * The contract's routes that are no method's: what the HTTP client reads for itself (its
 * `capabilities`). Documented and served like the rest (contract-table.test.ts).
 */
export const CLIENT_ROUTES = { capabilities: ['GET /capabilities'] } as const;
