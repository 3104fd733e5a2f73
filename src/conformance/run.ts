/**
 * Runs the contract's checks against a live backend (docs/rest-api.md, shapes from docs/openapi.yaml)
 * and returns a result per check: pass, fail (with the request and the answer that broke it) or skip
 * (a capability the backend does not declare, an account not given). It uses `fetch` alone, so it runs
 * in Node (the `mentorship-widgets-conformance` command) and in a browser alike.
 */
import { cancelSession } from './actions.js';
import { bookingChecks } from './checks/booking.js';
import { MENTOR } from './checks/mentor.js';
import { READS } from './checks/reads.js';
import { seriesChecks } from './checks/series.js';
import { studentChecks } from './checks/student.js';
import { createCaller, type Exchange } from './exchange.js';
import { expectAnswer, Failure, Skip, type Check, type Context } from './kit.js';
import type { Contract } from './schema.js';
import { discoverWorld, type World } from './world.js';

export interface ConformanceOptions {
  /** The REST contract's base URL (`https://lms.example/api/mentorship`). */
  base: string;
  /** A test student's token: one with credits for a 1-1 service (the kit books and cancels on it). */
  token: string;
  /** A test mentor's token, for the mentor's routes (skipped without it). */
  mentorToken?: string;
  /** A second test student, with no credits: the 402 and another student's goal (skipped without it). */
  tokenWithoutCredits?: string;
  /** The parsed docs/openapi.yaml. */
  contract: Contract;
  /** `Accept-Language` (default `en`). */
  language?: string;
  fetch?: typeof fetch;
  /** Each request's time limit (default 15 s, the widgets' own). */
  timeoutMs?: number;
  now?: () => number;
}

export type Outcome = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  group: string;
  title: string;
  outcome: Outcome;
  /** Why it failed or was skipped. */
  reason?: string;
  exchange?: Exchange;
}

export interface ConformanceReport {
  base: string;
  /** The capabilities as the backend declared them (`declared: false`: no `GET /capabilities`, everything). */
  capabilities: Record<string, boolean>;
  declared: boolean;
  results: CheckResult[];
  /** Sessions the kit booked and could not cancel again (left on the test account). */
  leftBooked: string[];
}

/** Every capability flag of the contract's `Capabilities` schema. */
const flagsOf = (contract: Contract) => Object.keys(contract.components.schemas.Capabilities.properties ?? {});

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const { contract, now = Date.now } = options;
  const call = createCaller({
    base: options.base,
    tokens: { student: options.token, mentor: options.mentorToken, broke: options.tokenWithoutCredits },
    language: options.language ?? 'en',
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? 15_000,
  });
  const run = `${now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let count = 0;
  let world: Promise<World> | undefined;
  const context: Context = {
    call,
    contract,
    capabilities: {},
    accounts: { mentor: Boolean(options.mentorToken), broke: Boolean(options.tokenWithoutCredits) },
    world: () => (world ??= discoverWorld(call, now())),
    booked: new Set(),
    key: () => `conformance-${run}-${++count}`,
    now,
  };
  const results: CheckResult[] = [];

  // Capabilities first: they decide which checks apply.
  const asked = await call({ route: '/capabilities', as: '' });
  const declared = asked.status !== 404;
  const capabilities: CheckResult = {
    group: 'contract',
    title: 'GET /capabilities answers 200 with the flags, or 404 (everything)',
    outcome: 'pass',
  };
  try {
    const flags = declared ? expectAnswer<Record<string, unknown>>(context, asked, 200) : {};
    for (const flag of flagsOf(contract)) context.capabilities[flag] = declared ? flags[flag] === true : true;
  } catch (error) {
    Object.assign(capabilities, { outcome: 'fail', reason: (error as Error).message, exchange: (error as Failure).exchange });
    for (const flag of flagsOf(contract)) context.capabilities[flag] = true;
  }
  results.push(capabilities);

  const checks: Check[] = [...READS, ...bookingChecks(), ...seriesChecks(), ...studentChecks(), ...MENTOR];
  for (const check of checks) {
    const result: CheckResult = { group: check.group, title: check.title, outcome: 'pass' };
    const missing = check.needs?.find(flag => !context.capabilities[flag]);
    if (missing) Object.assign(result, { outcome: 'skip', reason: `capabilities.${missing} is not true` });
    else if (check.account && !context.accounts[check.account]) {
      Object.assign(result, {
        outcome: 'skip',
        reason: `give ${check.account === 'mentor' ? '--mentor-token' : '--token-without-credits'} to run it`,
      });
    } else {
      try {
        await check.run(context);
      } catch (error) {
        if (error instanceof Skip) Object.assign(result, { outcome: 'skip', reason: error.message });
        else Object.assign(result, { outcome: 'fail', reason: (error as Error).message, exchange: (error as Failure).exchange });
      }
    }
    results.push(result);
  }

  // Whatever failed on the way, what the kit booked is cancelled again.
  for (const id of [...context.booked]) {
    const cancelled = await cancelSession(context, id).catch(() => undefined);
    if (cancelled?.status === 200) context.booked.delete(id);
  }
  return { base: options.base, capabilities: context.capabilities, declared, results, leftBooked: [...context.booked] };
}
