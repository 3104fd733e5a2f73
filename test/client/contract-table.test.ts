/**
 * One contract table (src/client/methods.ts): each method's kind, part, capability and REST routes.
 * Everything that must know every method is held to it here, so a method added to the table and
 * forgotten anywhere fails a named test: the HTTP client (present, and sending each route), the
 * in-memory client, the demo's REST backend (MSW handlers), docs/rest-api.md, docs/openapi.yaml, the
 * capability flags and what a composed client declares.
 */
import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import { parse } from 'yaml';
import { createMockHandlers } from '../../demo/mocks/handlers.js';
import { kindOf } from '../../src/client/cache.js';
import { EVERY_CAPABILITY } from '../../src/client/capabilities.js';
import { CLIENT_ROUTES, METHOD_NAMES, METHOD_ROUTES, METHODS, type MethodName, type MethodSpec } from '../../src/client/methods.js';
import { composeClients, createHttpClient, createMemoryClient, MemoryStore, type MentorshipClient } from '../../src/index.js';
import { fixedClock } from '../support/clock.js';

const spec = (name: MethodName) => ({ ...(METHODS[name] as MethodSpec), routes: METHOD_ROUTES[name] as readonly string[] });
const REST = METHOD_NAMES.filter(name => spec(name).routes.length > 0);
/** Every route of the contract, each on its row: the methods', and the client's own (`capabilities`). */
const ROWS: Array<[string, readonly string[]]> = [
  ...REST.map(name => [name, spec(name).routes] as [string, readonly string[]]),
  ...Object.entries(CLIENT_ROUTES),
];
/** `POST /sessions/{id}/cancel` → `POST /sessions/{}/cancel`: path segments compared whatever their names. */
const shape = (route: string) => route.replace(/\{[^}]*\}/g, '{}');

/** Every parameter any method takes, so that each can be called with it. */
const SAMPLE = {
  mentor: 'the-mentor',
  service: 'the-service',
  from: '2026-12-01T00:00:00.000Z',
  to: '2026-12-08T00:00:00.000Z',
  startsAt: '2026-12-02T15:00:00.000Z',
  timezone: 'UTC',
  idempotencyKey: 'the-key',
  status: 'upcoming',
  id: 'the-id',
  session: 'the-id',
  groupSession: 'the-id',
  every: 'week',
  count: 2,
  occurrences: ['2026-12-02T15:00:00.000Z'],
  summary: 'Done',
  achievements: [],
  rating: 5,
  profile: { goals: 'g', skills: [], level: null, languages: [], times: { weekdays: [], parts: [] }, timezone: 'UTC' },
  goal: { title: 'A goal', successCriteria: 'Done', targetDate: '2026-12-20' },
  attendance: 'held',
  timeZone: 'UTC',
  weekly: [],
  timeOff: [],
};
/** Each method's calls: `saveGoal` creates (POST) and changes (PATCH). */
const callsOf = (name: MethodName) => (name === 'saveGoal' ? [SAMPLE, { ...SAMPLE, goal: { ...SAMPLE.goal, id: 'the-id' } }] : [SAMPLE]);

describe('the contract table', () => {
  it('the HTTP client has every REST method, and only those, and sends each to its routes', async () => {
    const sent: string[] = [];
    const client = createHttpClient({
      baseUrl: '/table-api',
      retries: 0,
      fetch: async (input, init) => {
        sent.push(
          `${init?.method} ${new URL(input instanceof Request ? input.url : input.toString(), location.href).pathname.replace(/^\/table-api/, '')}`,
        );
        return new Response('{}', { status: 500 });
      },
    });
    for (const name of METHOD_NAMES) {
      const method = (client as unknown as Record<string, ((params: unknown) => Promise<unknown>) | undefined>)[name];
      expect(typeof method, `createHttpClient's ${name}`).to.equal(spec(name).routes.length ? 'function' : 'undefined');
      if (!method) continue;
      for (const params of callsOf(name)) {
        sent.length = 0;
        await method.call(client, params).catch(() => undefined);
        const matches = spec(name).routes.some(route => {
          const pattern = new RegExp(`^${route.replace(/\{[^}]*\}/g, '[^/]+').replace(/[/]/g, '\\/')}$`);
          return sent.some(request => pattern.test(request));
        });
        expect(matches, `${name} sent ${sent.join(', ') || 'nothing'}, not ${spec(name).routes.join(' or ')}`).to.equal(true);
      }
    }
  });

  it('docs/openapi.yaml is valid YAML, has every route with its operationId, and no route the table lacks', async () => {
    // Parsed as a tool reading the contract would: a description with an unquoted `{` once broke it.
    const spec = parse(await (await fetch('/docs/openapi.yaml')).text()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const route = shape(`${method.toUpperCase()} ${path}`);
        documented.add(route);
        // The operation is named for the method that sends it (saveGoal's two routes share its name).
        const owner = ROWS.find(([, routes]) => routes.map(shape).includes(route))?.[0];
        if (owner) expect(operation.operationId, route).to.match(new RegExp(`^${owner}`));
      }
    }
    const routes = ROWS.flatMap(([, routes]) => routes.map(shape));
    expect([...documented].sort()).to.deep.equal([...new Set(routes)].sort());
  });

  it('docs/rest-api.md documents every route on the row of its method', async () => {
    const markdown = await (await fetch('/docs/rest-api.md')).text();
    // | `listServices` | `GET /services` | … — SLUG and ID stand for path segments.
    const rows = [...markdown.matchAll(/^\| `(\w+)`[^|]*\| `(GET|POST|PUT|PATCH|DELETE) (\/[^`?[,\s]*)/gm)].map(
      ([, name, method, path]) => `${name} ${method} ${path.replace(/\/[A-Z]+(?=\/|$)/g, '/{}')}`,
    );
    for (const [name, routes] of ROWS) {
      for (const route of routes) expect(rows, `rest-api.md: ${name}`).to.include(`${name} ${shape(route)}`);
    }
  });

  it('docs/rest-api.md and docs/openapi.yaml say the same success status and top-level fields for every route', async () => {
    type Schema = { $ref?: string; properties?: Record<string, unknown>; required?: string[] };
    type Operation = { responses: Record<string, { content?: { 'application/json'?: { schema?: Schema } } }> };
    const spec = parse(await (await fetch('/docs/openapi.yaml')).text()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolved = (schema: Schema | undefined): Schema | undefined =>
      schema?.$ref ? spec.components.schemas[schema.$ref.split('/').pop()!] : schema;
    /** The names at the top of `{ a: { … }, b: [ … ], c? }`. */
    const topLevel = (object: string) => {
      const names = new Set<string>();
      let depth = 0;
      let name = '';
      for (const character of object.slice(1, -1)) {
        if (depth === 0 && /\w/.test(character)) {
          name += character;
          continue;
        }
        if (depth === 0 && name) names.add(name);
        name = '';
        if ('{['.includes(character)) depth += 1;
        if ('}]'.includes(character)) depth -= 1;
      }
      if (name) names.add(name);
      return [...names];
    };
    const markdown = await (await fetch('/docs/rest-api.md')).text();
    // A cell may hold an escaped pipe (`upcoming\|past`).
    const rows = [
      ...markdown.matchAll(
        /^\| `(\w+)`(?:[^|\\]|\\.)*\| `(GET|POST|PUT|PATCH|DELETE) (\/[^`?[,\s]*)(?:[^|\\]|\\.)*\| `(\d{3})(?: (\{[^`]*\}))?/gm,
      ),
    ];
    expect(rows.length, 'rows read from rest-api.md').to.be.at.least(ROWS.length);
    for (const [, name, method, path, status, body] of rows) {
      const route = `${method} ${path.replace(/\/[A-Z]+(?=\/|$)/g, '/{}')}`;
      const [specPath, operations] = Object.entries(spec.paths).find(([candidate]) => shape(`${method} ${candidate}`) === route) ?? [];
      const operation = operations?.[method.toLowerCase()];
      expect(operation, `openapi.yaml has ${route} (${name})`).to.not.equal(undefined);
      const responses = operation!.responses;
      expect(Object.keys(responses), `${name}: ${method} ${specPath} answers ${status} in both`).to.include(status);
      // A refusal a row names (`404` when the student has no programme) is one openapi.yaml lists too.
      const match = rows.find(candidate => candidate[1] === name && candidate[2] === method && candidate[3] === path)!;
      const row = markdown.slice(match.index, markdown.indexOf('\n', match.index));
      for (const [, refusal] of row.matchAll(/`(4\d\d)`/g)) {
        expect(Object.keys(responses), `${name}: ${method} ${specPath} may answer ${refusal} in both`).to.include(refusal);
      }
      if (!body) continue;
      const schema = resolved(responses[status].content?.['application/json']?.schema);
      const fields = Object.keys(schema?.properties ?? {});
      expect(fields.sort(), `${name}: the fields of ${status} in both`).to.deep.equal(topLevel(body).sort());
    }
  });

  it('every refusal the Semantics prose names is one openapi.yaml lists for a route that topic speaks of', async () => {
    type Operation = { responses: Record<string, unknown> };
    const spec = parse(await (await fetch('/docs/openapi.yaml')).text()) as { paths: Record<string, Record<string, Operation>> };
    /** Each bullet of rest-api.md's Semantics, by its bold topic, and the routes it speaks of. */
    const TOPICS: Record<string, string[]> = {
      Capabilities: ['get /capabilities'],
      // Names `403 already done` as what a repeat must not be answered: no refusal of its own.
      'Idempotency:': [],
      Booking: ['post /sessions'],
      Cancelling: ['post /sessions/{id}/cancel', 'post /sessions/{id}/reschedule'],
      'Group services': ['post /group-sessions/{id}/seats', 'post /sessions/{id}/reschedule'],
      Feedback: ['post /sessions/{id}/feedback'],
      Goals: ['post /goals', 'patch /goals/{id}', 'post /sessions'],
      'Check-ins': ['post /sessions/{id}/check-in'],
      Series: ['post /series', 'post /series/preview'],
      Profile: ['put /profile'],
      Programme: ['get /program', 'post /program/close'],
      "The mentor's side": ['get /mentor/sessions', 'post /mentor/sessions/{id}/report', 'put /mentor/hours'],
      Cancel: ['post /sessions/{id}/cancel'],
    };
    const markdown = await (await fetch('/docs/rest-api.md')).text();
    const semantics = markdown.slice(markdown.indexOf('## Semantics'), markdown.indexOf('## Errors'));
    const bullets = semantics.split(/\n- \*\*/).slice(1);
    expect(bullets.length, 'bullets read from Semantics').to.be.at.least(Object.keys(TOPICS).length);
    let checked = 0;
    const problems: string[] = [];
    for (const bullet of bullets) {
      const topic = bullet.slice(0, bullet.indexOf('**'));
      const refusals = [...bullet.matchAll(/`(4\d\d)[ `]/g)].map(([, status]) => status);
      if (!refusals.length) continue;
      const routes = TOPICS[topic];
      if (!routes) {
        problems.push(`rest-api.md's "${topic}" names refusals: give it its routes here`);
        continue;
      }
      if (!routes.length) continue;
      for (const status of refusals) {
        const listing = routes.filter(route => {
          const [method, path] = route.split(' ');
          return status in (spec.paths[path]?.[method]?.responses ?? {});
        });
        if (!listing.length) problems.push(`"${topic}" names ${status}: openapi.yaml lists it for none of ${routes.join(', ')}`);
        checked += 1;
      }
    }
    expect(problems).to.deep.equal([]);
    expect(checked, 'refusals read from Semantics').to.be.at.least(15);
  });

  it('the demo’s REST backend answers every route', async () => {
    const base = 'http://contract.test/api';
    const handlers = createMockHandlers({ store: new MemoryStore({ now: fixedClock() }), baseUrl: base });
    for (const [name, routes] of ROWS) {
      for (const route of routes) {
        const [method, path] = route.split(' ');
        const request = new Request(`${base}${path.replace(/\{[^}]*\}/g, 'the-id')}`, {
          method,
          headers: { 'content-type': 'application/json', 'idempotency-key': 'k' },
          body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
        });
        // An answer, whatever it says about this request: undefined means no handler has the route.
        const answer = await getResponse(handlers, request).catch((error: unknown) => error);
        expect(answer, `the demo backend has no ${route} (${name})`).not.to.equal(undefined);
      }
    }
  });

  it('the in-memory client has every method with its capability; every capability is in the table', () => {
    const memory = createMemoryClient() as unknown as Record<string, unknown> & MentorshipClient;
    for (const name of REST) {
      expect(typeof memory[name], `createMemoryClient's ${name}`).to.equal('function');
      const { capability } = spec(name);
      if (capability) expect(memory.capabilities[capability], `its ${capability}`).to.equal(true);
    }
    const inTable = new Set(METHOD_NAMES.map(name => spec(name).capability).filter(Boolean));
    expect([...inTable].sort()).to.deep.equal(Object.keys(EVERY_CAPABILITY).sort());
  });

  it("the shared cache reads each method's kind from its name as the table has it", () => {
    for (const name of METHOD_NAMES) expect(kindOf(name), name).to.equal(spec(name).kind);
    // A method the table does not know yet is a write: answers are forgotten after it, none kept by mistake.
    expect(kindOf('archiveSession')).to.equal('write');
    expect(kindOf('listing')).to.equal('write');
  });

  it('a composed client declares each capability from the part that serves its methods', () => {
    const everything = createMemoryClient();
    const nothingOptional = createHttpClient({
      baseUrl: '/none',
      capabilities: Object.fromEntries(Object.keys(EVERY_CAPABILITY).map(flag => [flag, false])),
    });
    const composed = composeClients({ scheduling: everything, sessions: nothingOptional, catalog: everything, credits: everything });
    for (const name of METHOD_NAMES) {
      const { capability, part } = spec(name);
      if (capability) expect(composed.capabilities[capability], `${capability} (${name})`).to.equal(part !== 'sessions');
    }
  });
});
