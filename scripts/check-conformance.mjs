// The conformance kit (`mentorship-widgets-conformance`, built to dist/conformance/cli.js) as an LMS runs
// it: a child process against a backend over real sockets. It must pass our own backend — the memory
// store behind the demo's REST handlers (scripts/mock-api.mjs), once with a student whose credits count
// and every account, once with an unlimited student alone — and fail each planted backend on the check
// that names its fault, with the request and the answer in the report.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createMockApi } from './mock-api.mjs';

const CLI = 'dist/conformance/cli.js';
const failures = [];

/** Serves `handle` on a free local port; returns its base URL and a way to stop it. */
async function serve(handle) {
  const server = createServer(async (request, response) => {
    if (!(await handle(request, response)))
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"No such route."}}');
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}/api`, close: () => server.close() };
}

/**
 * The mock backend behind a proxy that plants one fault: `change(request)` may rewrite what is sent
 * (`{ method, path, headers, body }`), `answer(request, status, text)` what comes back.
 */
async function planted({ change = request => request, answer = (_, status, text) => ({ status, text }) }) {
  const inner = await serve(createMockApi());
  const origin = new URL(inner.base).origin;
  const outer = await serve(async (incoming, response) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
    );
    const request = change({ method: incoming.method, path: incoming.url, headers, body: Buffer.concat(chunks).toString() });
    const sent = await fetch(origin + request.path, { method: request.method, headers: request.headers, body: request.body || undefined });
    const out = answer(request, sent.status, await sent.text());
    response.writeHead(out.status, { 'content-type': 'application/json' }).end(out.text);
    return true;
  });
  return { base: outer.base, close: () => (inner.close(), outer.close()) };
}

function run(base, accounts) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, '--base', base, ...accounts], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.stderr.on('data', chunk => (output += chunk));
    child.on('exit', code => resolve({ code, output }));
  });
}

const EVERY_ACCOUNT = ['--token', 'student-2', '--mentor-token', 'ana-garcia', '--token-without-credits', 'student-out-of-credits'];
const summary = output =>
  output
    .trim()
    .split('\n')
    .find(line => /^\d+ passed/.test(line)) ?? '(no summary)';

// Our backends pass.
for (const [name, accounts, skips] of [
  ['the memory store over HTTP, every account', EVERY_ACCOUNT, 0],
  ['the memory store over HTTP, an unlimited student alone', ['--token', 'student-unlimited'], 4],
]) {
  const backend = await serve(createMockApi());
  const { code, output } = await run(backend.base, accounts);
  backend.close();
  console.log(`conformance, ${name}: ${summary(output)}`);
  if (code !== 0 || !summary(output).includes(' 0 failed') || !summary(output).endsWith(`${skips} skipped`)) {
    failures.push(`${name}: exit ${code}, expected 0 and ${skips} skipped\n${output}`);
  }
}

// Planted backends fail, on the check that names their fault.
let booked;
const PLANTS = [
  {
    name: 'a backend that forgets idempotency keys (a repeat books again)',
    fails: 'the same Idempotency-Key again answers the first answer',
    change: request => {
      if (request.method !== 'POST') return request;
      const { 'idempotency-key': _, ...headers } = request.headers;
      return { ...request, headers: { ...headers, 'idempotency-key': `planted-${Math.random()}` } };
    },
  },
  {
    name: 'a backend that answers 201 for a time already taken',
    fails: 'a time already booked is 409',
    answer: (request, status, text) => {
      if (request.method !== 'POST' || !request.path.endsWith('/sessions')) return { status, text };
      if (status === 201) booked = JSON.parse(text).session;
      if (status !== 409 || !booked) return { status, text };
      return { status: 201, text: JSON.stringify({ session: { ...booked, id: `${booked.id}-again` } }) };
    },
  },
  {
    name: 'a backend whose services lack a field the contract requires',
    fails: 'GET /services answers 200 { services } with every field',
    answer: (request, status, text) => {
      if (!request.path.startsWith('/api/services')) return { status, text };
      const body = JSON.parse(text);
      return { status, text: JSON.stringify({ services: body.services.map(({ kind: _, ...service }) => service) }) };
    },
  },
];
for (const plant of PLANTS) {
  const backend = await planted(plant);
  const { code, output } = await run(backend.base, EVERY_ACCOUNT);
  backend.close();
  const line = output.split('\n').findIndex(each => each.includes('FAIL') && each.includes(plant.fails));
  console.log(`conformance, ${plant.name}: ${summary(output)}`);
  // The failure as the report gives it: the check, why, the request and the answer.
  if (line >= 0)
    console.log(
      output
        .split('\n')
        .slice(line, line + 4)
        .join('\n'),
    );
  if (code !== 1 || line < 0) failures.push(`${plant.name}: exit ${code}, expected 1 with a FAIL on "${plant.fails}"\n${output}`);
  else if (
    !/request: .+\n.*answer: /.test(
      output
        .split('\n')
        .slice(line, line + 4)
        .join('\n'),
    )
  ) {
    failures.push(`${plant.name}: the failure is reported without its request and answer\n${output}`);
  }
}

if (failures.length) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
