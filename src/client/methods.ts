/**
 * Every method of the contract, classified once. The wrappers that must know every method — the
 * shared cache (`withCache`) and composition (`composeClients`) — read this table, so a method added
 * to `MentorshipClient` is a type error here until it is classified, and no wrapper drops it silently.
 * Its capability and REST routes are in the same table's other half, method-contract.ts (apart only so
 * that the provider, which reads kind and part, does not carry them).
 */
import type { ClientParts } from './compose.js';
import type { MentorshipClient } from './types.js';

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
}

export const METHODS = {
  listServices: { kind: 'static', part: 'catalog' },
  listMentors: { kind: 'read', part: 'catalog' },
  getAvailability: { kind: 'read', part: 'scheduling' },
  getCredits: { kind: 'read', part: 'credits' },
  listSessions: { kind: 'read', part: 'sessions' },
  listGroupSessions: { kind: 'read', part: 'scheduling' },
  bookSession: { kind: 'write', part: 'scheduling' },
  bookGroupSeat: { kind: 'write', part: 'scheduling' },
  holdSlot: { kind: 'write', part: 'scheduling' },
  releaseHold: { kind: 'write', part: 'scheduling' },
  cancelSession: { kind: 'write', part: 'sessions' },
  rescheduleSession: { kind: 'write', part: 'sessions' },
  rateSession: { kind: 'write', part: 'sessions' },
  listGoals: { kind: 'read', part: 'sessions' },
  saveGoal: { kind: 'write', part: 'sessions' },
  submitCheckIn: { kind: 'write', part: 'sessions' },
  // A preview is asked afresh each time (meetings are taken meanwhile): never cached.
  previewSeries: { kind: 'pass', part: 'scheduling' },
  bookSeries: { kind: 'write', part: 'scheduling' },
  getProfile: { kind: 'read', part: 'sessions' },
  saveProfile: { kind: 'write', part: 'sessions' },
  getProgram: { kind: 'read', part: 'sessions' },
  closeProgram: { kind: 'write', part: 'sessions' },
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
