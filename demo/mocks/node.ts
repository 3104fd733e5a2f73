/**
 * The demo's REST backend in Node, over real sockets: its MSW handlers (handlers.ts) over a
 * `MemoryStore` with the demo's data. One mock backend for everything: the demo runs the same
 * handlers in the page (MSW's service worker); the measuring scripts (`npm run size`, the cold load)
 * and the strict-CSP test page fetch from this one (scripts/mock-api.mjs bundles it for Node); the
 * tests' contract server (test/server/contract-server.ts) puts its faults around the same two helpers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type HttpHandler } from 'msw';
import { DEMO_STUDENT } from '../../src/client/memory/dataset.js';
import { MemoryStore } from '../../src/client/memory/store.js';
import { createMockHandlers } from './handlers.js';

/** The body of a request that reached Node, read whole. */
export async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A Node request as the `Request` MSW's handlers answer, sent to `url`. */
export async function requestOf(request: IncomingMessage, url: string): Promise<Request> {
  const method = request.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  const body = method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await bodyOf(request));
  return new Request(url, { method, headers, body });
}

/** Writes a handler's answer, or the contract's 404 when no handler has the route. */
export async function respond(response: ServerResponse, answer: Response | undefined): Promise<void> {
  if (!answer) {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"No such route."}}');
    return;
  }
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

export interface DemoApiOptions {
  /** Default: the demo's data at today's date. */
  store?: MemoryStore;
  /** Where the contract's paths live on this server. Default `/api`. */
  base?: string;
}

/**
 * Answers the REST contract under `base` (anything else: `false`, for the caller to serve). The demo
 * student has done the intake here, so lists rank by it: the heavier path, measured as students see it.
 */
export function createDemoApi({ store = new MemoryStore(), base = '/api' }: DemoApiOptions = {}) {
  store.saveProfile(DEMO_STUDENT, {
    profile: {
      goals: 'Land my first job as a developer',
      skills: ['React'],
      level: 'beginner',
      languages: ['es'],
      times: { weekdays: [1, 3], parts: ['evening'] },
      timezone: 'America/Bogota',
    },
  });
  const origin = 'http://demo.test';
  const handlers: HttpHandler[] = createMockHandlers({ store, baseUrl: `${origin}${base}` });
  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', origin);
    if (!url.pathname.startsWith(`${base}/`)) return false;
    await respond(response, await getResponse(handlers, await requestOf(request, url.href)));
    return true;
  };
}
