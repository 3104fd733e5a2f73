/**
 * A real HTTP server for the REST contract, run in Node beside the test runner (web-test-runner.config.mjs
 * bundles this file and mounts it at `/http-api/`): the demo's MSW handlers over a `MemoryStore`, answered
 * through real sockets, so the faults that live in HTTP can be made for real:
 *
 * - `drop-after`: the write is done, and no answer ever comes (the socket is held, then closed);
 * - `drop-before`: nothing is done, and no answer comes;
 * - `reset-after`: the write is done, and the connection dies before any answer: Chromium resends a
 *   request on a reused connection by itself, so the backend may see it twice;
 * - `5xx-after`: the write is done, and the answer is a 503;
 * - `bad-body`: the write is done, and the 2xx answer cannot be read;
 * - every answer may be delayed, so concurrent answers arrive out of order.
 *
 * Cal.com's API v2 (the demo's Cal.com mock, demo/mocks/calcom.ts) is served beside it at
 * `/http-api/calcom/`, on the same store — as an LMS that keeps Cal.com's bookings in sync would — or on
 * its own (`calcom: 'apart'`), with the same faults; Cal.com takes no idempotency key, so a resend books
 * again or is refused.
 *
 * Tests steer it through `/http-api/__control/…` (reset, faults, the Cal.com client's options) and read
 * the server's own records (`state`): sessions, credits, and every request with its key, whatever the
 * page was told.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createCalComMock } from '../../demo/mocks/calcom.js';
import { createMockHandlers } from '../../demo/mocks/handlers.js';
import { bodyOf, requestOf, respond } from '../../demo/mocks/node.js';
import { MemoryStore } from '../../src/client/memory/store.js';
import { seededRandom } from '../support/seeded-random.js';
import { smallWorld } from '../support/small-world.js';

export type Fault = 'drop-after' | 'drop-before' | 'reset-after' | '5xx-after' | 'bad-body';
export const FAULTS: readonly Fault[] = ['drop-after', 'drop-before', 'reset-after', '5xx-after', 'bad-body'];

export interface ResetOptions {
  /** The server's "now" (the page's clock is pinned to the same). */
  now: string;
  /** A small world for chaos: two mentors, their 1-1 services, no bookings, 40 credits that do not renew. */
  small?: boolean;
  /**
   * Cal.com's bookings: on the LMS's store (`synced`, default: an LMS that keeps them in sync lists
   * them), or on a store of their own (`apart`: the LMS never lists them, so only Cal.com can tell
   * whether a booking whose answer was lost was made).
   */
  calcom?: 'synced' | 'apart';
}

export interface FaultPlan {
  /** Faults for the next writes (POST, PUT, PATCH, DELETE), in order; `null` answers normally. */
  next?: Array<Fault | null>;
  /**
   * From a seed: each write draws a fault with these odds, each answer a delay up to `maxDelayMs`.
   * The first write always meets one of the faults the rates name (which one turns with the seed):
   * a short run whose few writes all drew "no fault" would test nothing, and did (CI, 4 Dec 2026).
   */
  seed?: number;
  rates?: Partial<Record<Fault, number>>;
  maxDelayMs?: number;
  /** Which paths the faults touch (a regular expression on the path); every write by default. */
  only?: string;
  /** How long a dropped answer keeps the socket before closing it (longer than the client's time limit). */
  holdMs?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  key: string | null;
  status: number | null;
  fault: Fault | null;
}

const STUDENT = 'demo-student';
const BASE = 'http://contract.test/api';
const CAL_BASE = 'http://cal.test';

function json(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export function createContractServer() {
  let store = new MemoryStore({ now: () => new Date('2026-11-24T12:00:00.000Z') });
  let calStore = store;
  const handlersFor = (lms: MemoryStore, cal: MemoryStore) => {
    const calcom = createCalComMock({ store: cal, baseUrl: CAL_BASE, student: STUDENT });
    return { calcom, all: [...createMockHandlers({ store: lms, baseUrl: BASE }), ...calcom.handlers] };
  };
  let { calcom, all: handlers } = handlersFor(store, calStore);
  let log: LoggedRequest[] = [];
  let plan: FaultPlan = {};
  let random = seededRandom(1);
  let seededWrites = 0;

  function faultFor(method: string, path: string): Fault | null {
    if (method === 'GET' || (plan.only && !new RegExp(plan.only).test(path))) return null;
    if (plan.next?.length) return plan.next.shift() ?? null;
    if (plan.seed === undefined) return null;
    if (!seededWrites++) {
      const named = FAULTS.filter(fault => plan.rates?.[fault]);
      if (named.length) return named[plan.seed % named.length];
    }
    let draw = random();
    for (const fault of FAULTS) {
      const rate = plan.rates?.[fault] ?? 0;
      if (draw < rate) return fault;
      draw -= rate;
    }
    return null;
  }

  async function control(path: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = request.method === 'POST' ? JSON.parse((await bodyOf(request)).toString() || '{}') : {};
    if (path === '/__control/reset') {
      const { now, small, calcom: where = 'synced' } = body as ResetOptions;
      const clock = () => new Date(now);
      const fresh = () => new MemoryStore({ now: clock, ...(small && { dataset: smallWorld(clock()) }) });
      store = fresh();
      calStore = where === 'apart' ? fresh() : store;
      ({ calcom, all: handlers } = handlersFor(store, calStore));
      log = [];
      plan = {};
      return json(response, { ok: true });
    }
    if (path === '/__control/faults') {
      plan = body as FaultPlan;
      random = seededRandom(plan.seed ?? 1);
      seededWrites = 0;
      return json(response, { ok: true });
    }
    // What a page gives createCalComClient for this server (its baseUrl is the page's to set).
    if (path === '/__control/calcom') {
      return json(response, {
        services: calcom.clientOptions.services,
        mentors: calcom.clientOptions.mentors,
        violations: calcom.violations,
      });
    }
    if (path === '/__control/state') {
      return json(response, {
        upcoming: store.listSessions(STUDENT, { status: 'upcoming' }),
        past: store.listSessions(STUDENT, { status: 'past' }),
        credits: store.getCredits(STUDENT),
        goals: store.listGoals(STUDENT),
        profile: store.getProfile(STUDENT),
        program: (() => {
          try {
            return store.getProgram(STUDENT);
          } catch {
            return null;
          }
        })(),
        requests: log,
        // What Cal.com holds for the student (the same as `upcoming` unless apart).
        calcomUpcoming: calStore.listSessions(STUDENT, { status: 'upcoming' }),
      });
    }
    response.writeHead(404).end();
  }

  /** Answers `/http-api/…`; the caller has stripped nothing. */
  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/^\/http-api/, '');
    if (path.startsWith('/__control/')) return control(path, request, response);

    const method = request.method ?? 'GET';
    const fault = faultFor(method, path);
    const entry: LoggedRequest = { method, path, key: (request.headers['idempotency-key'] as string) ?? null, status: null, fault };
    log.push(entry);
    const target = path.startsWith('/calcom/') ? `${CAL_BASE}${path.slice('/calcom'.length)}` : `${BASE}${path.replace(/^\/api/, '')}`;
    const asked = await requestOf(request, `${target}${url.search}`);
    if (plan.maxDelayMs) await new Promise(resolve => setTimeout(resolve, random() * plan.maxDelayMs!));

    const hold = () => setTimeout(() => request.socket.destroy(), plan.holdMs ?? 1_000);
    if (fault === 'drop-before') return void hold();

    const answer = await getResponse(handlers, asked);
    entry.status = answer?.status ?? 404;

    if (fault === 'drop-after') return void hold();
    // Before any byte of an answer: Chromium sends the request again on a new connection.
    if (fault === 'reset-after') return void request.socket.destroy();
    if (fault === '5xx-after') {
      response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"code":"server","message":"down"}}');
      return;
    }
    if (fault === 'bad-body' && answer?.ok) {
      response.writeHead(answer.status, { 'content-type': 'text/html' }).end('<html>Created</html>');
      return;
    }
    await respond(response, answer);
  };
}
