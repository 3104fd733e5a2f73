/**
 * The REST contract over real sockets (test/server/contract-server.ts, mounted by the test runner at
 * `/http-api/`): reset it, plan its faults, and read its own records — not what the page was told.
 */
import {
  composeClients,
  createCalComClient,
  createHttpClient,
  type CreditBucket,
  type Goal,
  type HttpClientOptions,
  type MenteeProfile,
  type MentorshipClient,
  type MentorshipSession,
  type CalComClientOptions,
} from '../../src/index.js';
import type { FaultPlan, LoggedRequest, ResetOptions } from '../server/contract-server.js';

export const HTTP_API = '/http-api/api';

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/http-api/__control/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** A fresh store on the server, its clock at `now`; no faults. */
export const resetServer = (options: ResetOptions) => control('reset', options);

/** The faults the next writes meet (see `FaultPlan`). */
export const planFaults = (plan: FaultPlan) => control('faults', plan);

export interface ServerState {
  upcoming: MentorshipSession[];
  past: MentorshipSession[];
  credits: CreditBucket[];
  goals: Goal[];
  profile: MenteeProfile | null;
  program: { closed: { summary: string } | null } | null;
  requests: LoggedRequest[];
  /** What Cal.com holds for the student: `upcoming` itself unless reset with `calcom: 'apart'`. */
  calcomUpcoming: MentorshipSession[];
}

export const serverState = () => control<ServerState>('state');

/** The student's HTTP client against the real server. */
export function realHttpClient(options: Partial<HttpClientOptions> = {}): MentorshipClient {
  return createHttpClient({ baseUrl: HTTP_API, getToken: () => 'demo-student', retryDelayMs: 10, ...options });
}

/**
 * The README's set-up for Cal.com against the real servers: scheduling (free times, holds, booking) from
 * Cal.com's API v2 at `/http-api/calcom` (on the same store, as an LMS that keeps Cal.com's bookings in
 * sync), sessions and credits from the LMS's REST contract.
 */
export async function calcomWithLms(tuning: Pick<CalComClientOptions, 'retries' | 'timeoutMs'>): Promise<MentorshipClient> {
  const { services, mentors } = await control<Pick<CalComClientOptions, 'services' | 'mentors'>>('calcom');
  const calcom = createCalComClient({
    services,
    mentors,
    baseUrl: '/http-api/calcom',
    attendee: { name: 'Demo Student', email: 'demo-student@example.com' },
    retryDelayMs: 10,
    ...tuning,
  });
  const lms = realHttpClient(tuning);
  return composeClients({ scheduling: calcom, sessions: lms, credits: lms });
}

/** Requests the Cal.com side refused for a wrong `cal-api-version` (none, in a healthy run). */
export const calcomViolations = async () => (await control<{ violations: string[] }>('calcom')).violations;

/**
 * What a run's writes to the REST contract say about the protocol, on the server's log: every write
 * keyed, no done key refused. (Cal.com takes no key: its writes are kept single by the adapter's lookup.)
 */
export function protocolKept(state: ServerState): string[] {
  const violations: string[] = [];
  const writes = state.requests.filter(
    request => request.method !== 'GET' && request.path.startsWith('/api/') && !/\/series\/preview$|\/holds/.test(request.path),
  );
  for (const write of writes) if (!write.key) violations.push(`${write.method} ${write.path} was sent without an Idempotency-Key`);
  const answered = new Set(writes.filter(write => write.status !== null && write.status < 300).map(write => write.key));
  for (const write of writes) {
    if (write.key && answered.has(write.key) && write.status !== null && write.status >= 400)
      violations.push(`a repeat of ${write.method} ${write.path} (key ${write.key}) was refused (${write.status}) after it was done`);
  }
  return violations;
}

/** The client gives up on an answer after this long in the chaos over HTTP; a dropped answer's socket is kept a little longer. */
export const CHAOS_TIME_LIMIT_MS = 150;

/** How many sequences a chaos test over HTTP runs: what `npm run chaos -- --http` asks, else its share of `npm test`. */
export function httpChaosRun(share: number): { sequences: number; firstSeed: number } {
  const settings = (window as { chaos?: { sequences?: number; seed?: number; http?: boolean } }).chaos ?? {};
  return { sequences: settings.http ? (settings.sequences ?? 500) : share, firstSeed: settings.seed ?? 20261204 };
}

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * How the chaos student (chaos-student.ts) waits over real HTTP: a little between actions, so answers
 * arrive and overtake each other; healing lifts the faults and waits out the client's time limit.
 */
export const overHttp = (random: () => number) => ({
  between: () => sleep(random() * 40),
  heal: async () => {
    await planFaults({});
    await sleep(CHAOS_TIME_LIMIT_MS);
  },
});
