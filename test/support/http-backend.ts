/**
 * The REST contract over real sockets (test/server/contract-server.ts, mounted by the test runner at
 * `/http-api/`): reset it, plan its faults, and read its own records — not what the page was told.
 */
import {
  createHttpClient,
  type CreditBucket,
  type HttpClientOptions,
  type MentorshipClient,
  type MentorshipSession,
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
  program: { closed: { summary: string } | null } | null;
  requests: LoggedRequest[];
}

export const serverState = () => control<ServerState>('state');

/** The student's HTTP client against the real server. */
export function realHttpClient(options: Partial<HttpClientOptions> = {}): MentorshipClient {
  return createHttpClient({ baseUrl: HTTP_API, getToken: () => 'demo-student', retryDelayMs: 10, ...options });
}
