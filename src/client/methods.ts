/**
 * Every method of the contract, classified once. The wrappers that must know every method — the
 * shared cache (`withCache`) and composition (`composeClients`) — read this table, so a method added
 * to `MentorshipClient` is a type error here until it is classified, and no wrapper drops it silently.
 */
import type { ClientParts } from './compose.js';
import type { MentorshipClient } from './types.js';

export type MethodName = Exclude<keyof MentorshipClient, 'capabilities'>;

export interface MethodSpec {
  /**
   * `read`: shared and reused by the cache; `write`: sent as is, then the cache forgets what writes
   * change; `pass`: neither (it may carry credentials, or is built on demand).
   */
  kind: 'read' | 'write' | 'pass';
  /** For reads: whether a booking, cancel, move, rating or hold can change the answer. */
  changedByWrites?: boolean;
  /** Which part of a composed client serves it. */
  part: keyof ClientParts;
}

export const METHODS = {
  listServices: { kind: 'read', part: 'catalog' },
  listMentors: { kind: 'read', changedByWrites: true, part: 'catalog' },
  getAvailability: { kind: 'read', changedByWrites: true, part: 'scheduling' },
  getCredits: { kind: 'read', changedByWrites: true, part: 'credits' },
  listSessions: { kind: 'read', changedByWrites: true, part: 'sessions' },
  listGroupSessions: { kind: 'read', changedByWrites: true, part: 'scheduling' },
  bookSession: { kind: 'write', part: 'scheduling' },
  bookGroupSeat: { kind: 'write', part: 'scheduling' },
  holdSlot: { kind: 'write', part: 'scheduling' },
  releaseHold: { kind: 'write', part: 'scheduling' },
  cancelSession: { kind: 'write', part: 'sessions' },
  rescheduleSession: { kind: 'write', part: 'sessions' },
  rateSession: { kind: 'write', part: 'sessions' },
  getExternalBookingUrl: { kind: 'pass', part: 'scheduling' },
} as const satisfies Record<MethodName, MethodSpec>;

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** A client's method, called by name with untyped parameters (the wrappers pass them through). */
export type AnyMethod = (params?: { signal?: AbortSignal } & Record<string, unknown>) => Promise<unknown>;

export function methodOf(client: MentorshipClient, name: MethodName): AnyMethod | undefined {
  const method = client[name] as AnyMethod | undefined;
  return method?.bind(client);
}
