/**
 * The contract's table: every method of `MentorshipClient`, classified once — its kind, the part of a
 * composed client that serves it and the capability that says a client offers it (`METHODS`), and its
 * REST routes (`METHOD_ROUTES`, apart so that no bundle carries what only tests read). Both are typed
 * `Record<MethodName, …>`: a method added to the client is a type error here until it has both rows.
 * Composition (`composeClients`) reads it, so it drops no method silently, and the memory client is
 * derived from it. The shared cache (`withCache`) passes every method on and reads a method's kind from
 * its name (`kindOf`), so that the provider does not carry the table: the contract's test holds the rule
 * to this table. test/client/contract-table.test.ts also holds the HTTP client, the memory client,
 * docs/rest-api.md, docs/openapi.yaml and the demo's backend to it.
 */
import type { ClientParts } from './compose.js';
import type { ClientCapabilities, MentorshipClient } from './types.js';

export type MethodName = Exclude<keyof MentorshipClient, 'capabilities'>;

export interface MethodSpec {
  /**
   * `read`: shared and reused by the cache, and forgotten after any write (a booking, cancel, move,
   * rating or hold may change it); `static`: a read no write changes; `write`: sent as is, then the
   * cache forgets the reads; `pass`: neither (it may carry credentials, or is built on demand).
   */
  kind: 'read' | 'static' | 'write' | 'pass';
  /** Which part of a composed client serves it. */
  part: keyof ClientParts;
  /** The capability that says a client offers it (a composed client takes the flag from the part serving it). */
  capability?: keyof ClientCapabilities;
}

export const METHODS = {
  listServices: { kind: 'static', part: 'catalog' },
  listMentors: { kind: 'read', part: 'catalog' },
  getAvailability: { kind: 'read', part: 'scheduling', capability: 'availability' },
  getCredits: { kind: 'read', part: 'credits' },
  listSessions: { kind: 'read', part: 'sessions' },
  listGroupSessions: { kind: 'read', part: 'scheduling', capability: 'groups' },
  bookSession: { kind: 'write', part: 'scheduling' },
  bookGroupSeat: { kind: 'write', part: 'scheduling', capability: 'groups' },
  holdSlot: { kind: 'write', part: 'scheduling', capability: 'holds' },
  releaseHold: { kind: 'write', part: 'scheduling', capability: 'holds' },
  cancelSession: { kind: 'write', part: 'sessions', capability: 'cancel' },
  rescheduleSession: { kind: 'write', part: 'sessions', capability: 'reschedule' },
  rateSession: { kind: 'write', part: 'sessions', capability: 'feedback' },
  listGoals: { kind: 'read', part: 'sessions', capability: 'goals' },
  saveGoal: { kind: 'write', part: 'sessions', capability: 'goals' },
  submitCheckIn: { kind: 'write', part: 'sessions', capability: 'checkIns' },
  // A preview is asked afresh each time (meetings are taken meanwhile): never cached.
  previewSeries: { kind: 'pass', part: 'scheduling', capability: 'series' },
  bookSeries: { kind: 'write', part: 'scheduling', capability: 'series' },
  getProfile: { kind: 'read', part: 'sessions', capability: 'profile' },
  saveProfile: { kind: 'write', part: 'sessions', capability: 'profile' },
  getProgram: { kind: 'read', part: 'sessions', capability: 'program' },
  closeProgram: { kind: 'write', part: 'sessions', capability: 'program' },
  listMentorSessions: { kind: 'read', part: 'sessions', capability: 'mentor' },
  submitSessionReport: { kind: 'write', part: 'sessions', capability: 'mentor' },
  // A mentor's hours make the free times students read: the scheduling part's.
  getMentorHours: { kind: 'read', part: 'scheduling', capability: 'mentorHours' },
  saveMentorHours: { kind: 'write', part: 'scheduling', capability: 'mentorHours' },
  // BreatheCode's: booking happens on the mentor's own page, whose link it builds.
  getExternalBookingUrl: { kind: 'pass', part: 'scheduling' },
} as const satisfies Record<MethodName, MethodSpec>;

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** A client's method, called by name with untyped parameters (the wrappers pass them through). */
export type AnyMethod = (params?: { signal?: AbortSignal } & Record<string, unknown>) => Promise<unknown>;

export function methodOf(client: MentorshipClient, name: MethodName): AnyMethod | undefined {
  const methods = client as unknown as Partial<Record<MethodName, AnyMethod>>;
  // Called on the client, so a class-based client keeps its `this`.
  return methods[name] && (params => methods[name]!(params));
}

/**
 * Each method's REST routes in docs/rest-api.md and docs/openapi.yaml — `METHOD /path`, `{name}` for a
 * path segment; none for an adapter's own method. Read only by the contract's tests (no bundle
 * carries it).
 */
export const METHOD_ROUTES = {
  listServices: ['GET /services'],
  listMentors: ['GET /mentors'],
  getAvailability: ['GET /mentors/{mentor}/availability'],
  getCredits: ['GET /credits'],
  listSessions: ['GET /sessions'],
  listGroupSessions: ['GET /group-sessions'],
  bookSession: ['POST /sessions'],
  bookGroupSeat: ['POST /group-sessions/{id}/seats'],
  holdSlot: ['POST /holds'],
  releaseHold: ['DELETE /holds/{id}'],
  cancelSession: ['POST /sessions/{id}/cancel'],
  rescheduleSession: ['POST /sessions/{id}/reschedule'],
  rateSession: ['POST /sessions/{id}/feedback'],
  listGoals: ['GET /goals'],
  saveGoal: ['POST /goals', 'PATCH /goals/{id}'],
  submitCheckIn: ['POST /sessions/{id}/check-in'],
  previewSeries: ['POST /series/preview'],
  bookSeries: ['POST /series'],
  getProfile: ['GET /profile'],
  saveProfile: ['PUT /profile'],
  getProgram: ['GET /program'],
  closeProgram: ['POST /program/close'],
  listMentorSessions: ['GET /mentor/sessions'],
  submitSessionReport: ['POST /mentor/sessions/{id}/report'],
  getMentorHours: ['GET /mentor/hours'],
  saveMentorHours: ['PUT /mentor/hours'],
  getExternalBookingUrl: [],
} as const satisfies Record<MethodName, readonly string[]>;

/**
 * The contract's routes that are no method's: what the HTTP client reads for itself (its
 * `capabilities`). Documented and served like the rest (contract-table.test.ts).
 */
export const CLIENT_ROUTES = { capabilities: ['GET /capabilities'] } as const;
