/**
 * What a check is, what it is given, and the expectations checks share: an answer with the status and
 * the shape the contract names for it, an error with the contract's envelope, the same answer again.
 */
import type { Call, Exchange } from './exchange.js';
import { answerSchema, problemsOf, type Contract } from './schema.js';
import type { World } from './world.js';

/** A broken rule, with the exchange that shows it. */
export class Failure extends Error {
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}

/** A check that cannot run here (a capability the backend does not have, an account not given). */
export class Skip extends Error {}

export interface Context {
  call: Call;
  contract: Contract;
  /** `GET /capabilities`' flags (snake_case), every one `true` when the backend has no such route. */
  capabilities: Record<string, boolean>;
  /** Which optional accounts were given. */
  accounts: { mentor: boolean; broke: boolean };
  /** What to book with: found once, shared by the checks that write. */
  world: () => Promise<World>;
  /** Sessions the kit booked and has not cancelled yet: cancelled at the end, whatever failed. */
  booked: Set<string>;
  /** A fresh Idempotency-Key for each attempt. */
  key: () => string;
  now: () => number;
}

export interface Check {
  /** The part of the contract it belongs to: a capability's name, or `contract` / `errors` / `booking`. */
  group: string;
  /** What must hold, in a line. */
  title: string;
  /** The capability flags it needs; without one it is skipped (the widgets never use it there). */
  needs?: readonly string[];
  /** The optional account it needs. */
  account?: 'mentor' | 'broke';
  run(context: Context): Promise<void>;
}

export function fail(message: string, exchange?: Exchange): never {
  throw new Failure(message, exchange);
}

/** The answer has `status` and the shape openapi.yaml gives that route's answer; returns its body. */
export function expectAnswer<T = Record<string, unknown>>(context: Context, exchange: Exchange, status: number): T {
  if (exchange.status !== status) fail(`expected ${status}, got ${exchange.status}`, exchange);
  const schema = answerSchema(context.contract, exchange.method, exchange.route, status);
  if (schema) {
    if (!exchange.json) fail('the answer is not JSON', exchange);
    const problems = problemsOf(exchange.answer, schema, context.contract);
    if (problems.length) fail(`the answer does not have the contract's shape: ${problems.join('; ')}`, exchange);
  }
  return exchange.answer as T;
}

/** The answer is a refusal with `status` and the contract's error body `{ error: { code, message } }`. */
export function expectError(context: Context, exchange: Exchange, status: number): { code: string; message: string } {
  if (exchange.status !== status) fail(`expected ${status} with the error body, got ${exchange.status}`, exchange);
  const schema = context.contract.components.responses.Error.content?.['application/json']?.schema;
  const problems = exchange.json && schema ? problemsOf(exchange.answer, schema, context.contract) : ['not JSON'];
  if (problems.length) fail(`the error body is not { error: { code, message } }: ${problems.join('; ')}`, exchange);
  const { error } = exchange.answer as { error: { code: string; message: string } };
  if (!error.message.trim()) fail('the error has no message for the student', exchange);
  return error;
}

/** JSON with every object's keys in order: two bodies that say the same compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );

/** A repeat with the same key answered the first answer: its status and its body. */
export function expectReplay(first: Exchange, again: Exchange): void {
  if (again.status !== first.status) {
    fail(`the same Idempotency-Key again must answer the first answer (${first.status}), got ${again.status}`, again);
  }
  if (canonical(again.answer) !== canonical(first.answer)) {
    fail('the same Idempotency-Key again must answer the first body; this one differs', again);
  }
}
