// `npm run mock-api`: a backend to try the widgets against on a plain page, no account, no server of
// your own. It answers the REST contract at http://localhost:8787/api/mentorship (the demo's data, a
// fresh store each start; any origin may call it), serves the built CDN files at /cdn/ and a first page
// at / (examples/first-page.html). Accounts: send `Authorization: Bearer <id>` — `demo-student` (the
// default without one), `student-2`, `student-unlimited`, `student-out-of-credits`, the mentor
// `ana-garcia`. `PORT=9000 npm run mock-api` for another port.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { createMockApi } from './mock-api.mjs';

const BASE = '/api/mentorship';
const CDN = 'dist/cdn';

/** Starts the server on `port` (0: any free one); resolves to it, listening. */
export async function startMockApiServer(port = Number(process.env.PORT ?? 8787)) {
  const api = createMockApi({ base: BASE });
  const server = createServer(async (request, response) => {
    // A page on any origin (a file of your LMS, another dev server) may call the API.
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
    response.setHeader('access-control-allow-headers', 'authorization, content-type, idempotency-key, accept-language');
    response.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    response.setHeader('access-control-expose-headers', 'retry-after');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (await api(request, response)) return;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/favicon.ico') return void response.writeHead(204).end();
    if (pathname === '/') {
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync('examples/first-page.html'));
    }
    const file = pathname.startsWith('/cdn/') && normalize(join(CDN, pathname.slice('/cdn/'.length)));
    if (file && file.startsWith(`${CDN}/`) && file.endsWith('.js') && existsSync(file)) {
      return void response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise(done => server.listen(port, done));
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(`${CDN}/mentorship-widgets.js`)) {
    console.log('mock-api: building dist/cdn/ first (once) …');
    const { build } = await import('vite');
    await build({ configFile: 'vite.cdn.config.ts', logLevel: 'warn' });
  }
  const server = await startMockApiServer();
  const { port } = server.address();
  console.log(`mock-api: the REST contract at http://localhost:${port}${BASE} (the demo's data)`);
  console.log(`mock-api: a first page at http://localhost:${port}/ — the library's files at http://localhost:${port}/cdn/`);
  console.log(
    'mock-api: accounts (Authorization: Bearer <id>): demo-student (default), student-2, student-unlimited, student-out-of-credits, mentor ana-garcia',
  );
}
