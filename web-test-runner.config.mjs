import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium } from './scripts/chromium-path.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { emulateBrowserPlugin } from './scripts/emulate-browser-plugin.mjs';
import { bundleOnRequestPlugin } from './scripts/bundle-on-request-plugin.mjs';
import { createMockApi } from './scripts/mock-api.mjs';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { buildSync } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The policy, plus the one Trusted Types policy name the library needs (Lit's). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The newest modification time of any file under `folder`. */
function newestIn(folder) {
  return Math.max(
    0,
    ...readdirSync(folder, { withFileTypes: true }).map(entry =>
      entry.isDirectory() ? newestIn(join(folder, entry.name)) : statSync(join(folder, entry.name)).mtimeMs,
    ),
  );
}

// The CDN and CSP tests load the built files (dist/cdn/): build them when src/ is newer, so running the
// test runner alone never tests an old build. (`npm test` builds first, and nothing is rebuilt here.)
const cdnBuild = 'dist/cdn/mentorship-widgets.js';
const configs = ['vite.cdn.config.ts', 'vite.cdn-en.config.ts'];
if (
  !existsSync(cdnBuild) ||
  !existsSync('dist/cdn/en.js') ||
  Math.max(newestIn('src'), ...configs.map(file => statSync(file).mtimeMs)) > statSync(cdnBuild).mtimeMs
) {
  console.log('dist/cdn/ is older than src/: building it for the CDN and CSP tests…');
  for (const config of configs) execFileSync('npx', ['vite', 'build', '-c', config, '--logLevel', 'warn'], { stdio: 'inherit' });
}

/** The demo's REST backend in Node (demo/mocks/node.ts, through scripts/mock-api.mjs), for the strict page that uses the HTTP client. */
const cspApi = createMockApi();

/**
 * The REST contract over real sockets (test/server/contract-server.ts: the demo's handlers in Node,
 * with faults that live in HTTP — a dropped answer, a connection reset that Chromium resends, a 503
 * after the write, an unreadable 2xx), at `/http-api/`. Bundled for Node here, as the test runner starts.
 */
const contractServerFile = 'node_modules/.cache/mentorship-tests/contract-server.mjs';
buildSync({
  entryPoints: ['test/server/contract-server.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['msw'],
  outfile: contractServerFile,
  logLevel: 'warning',
});
const { createContractServer } = await import(new URL(contractServerFile, import.meta.url).href);
const contractServer = createContractServer();

/**
 * Every tag rendered on a server inside the README's provider (test/server/ssr-render.ts, bundled for
 * Node and run in a process of its own: Lit's server DOM shim stays out of this one), at `/ssr/tags`,
 * for the hydration test: made at its first request, so a run without that test does not pay for it.
 * Their `api-base` is the strict pages' REST backend below.
 */
let tagsOnAServer;
function renderTagsOnAServer() {
  const file = 'node_modules/.cache/mentorship-tests/ssr-render.mjs';
  buildSync({
    entryPoints: ['test/server/ssr-render.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Lit from node_modules, as a server imports it (its Node build), one copy with @lit-labs/ssr's.
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
    outfile: file,
    logLevel: 'warning',
  });
  return promisify(execFile)('node', [file, '/csp-api'], { encoding: 'utf8' }).then(({ stdout }) => stdout);
}

/** `npm run chaos -- --sequences N --seed S` hands its settings to the chaos test through the page. */
const chaosSettings = process.env.CHAOS_SEQUENCES
  ? `<script>window.chaos = ${JSON.stringify({
      sequences: Number(process.env.CHAOS_SEQUENCES),
      seed: Number(process.env.CHAOS_SEED ?? 20261128),
      http: process.env.CHAOS_HTTP === '1',
    })};</script>`
  : '';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [bundleOnRequestPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), emulateBrowserPlugin()],
  // One browser page at a time: the machine has two cores and Chromium wants both.
  concurrency: 1,
  // No redrawn progress bar under CI: its terminal escapes would garble the log and the summary line.
  staticLogging: Boolean(process.env.CI),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [
    // The strict page is served with the policy a careful LMS uses; the library must run under it.
    function strictContentSecurityPolicy(context, next) {
      if (context.path === '/test/csp/strict-page.html' || context.path === '/test/csp/strict-http-page.html') {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      // A host app with its own Lit: two copies create Lit's policy, so the page allows duplicates.
      if (context.path === '/test/csp/two-lits.html') {
        context.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
      }
      return next();
    },
    async function serverRendered(context, next) {
      if (context.path !== '/ssr/tags') return next();
      context.type = 'application/json';
      context.body = await (tagsOnAServer ??= renderTagsOnAServer());
    },
    async function restContractUnderStrictPolicy(context, next) {
      if (!context.path.startsWith('/csp-api/')) return next();
      context.req.url = context.req.url.replace('/csp-api/', '/api/');
      context.respond = false;
      await cspApi(context.req, context.res);
    },
    async function restContractOverRealSockets(context, next) {
      if (!context.path.startsWith('/http-api/')) return next();
      // The server answers on the raw socket (or drops it): koa writes nothing, and logs no 404.
      context.status = 200;
      context.respond = false;
      await contractServer(context.req, context.res);
    },
    // The MSW worker must be served from the root so its scope covers the test pages.
    function serveMockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  // Every test page fails on an uncaught error or an unhandled rejection, even one outside a test.
  testRunnerHtml: testFramework => `<!doctype html>
<html lang="en">
  <body>
    ${chaosSettings}
    <script type="module" src="/test/support/page-guard.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testFramework: { config: { timeout: 5000 } },
  // A long chaos run (npm run chaos) takes minutes in one test file.
  ...(process.env.CHAOS_SEQUENCES && { testsFinishTimeout: 4 * 3_600_000 }),
  reporters: [defaultReporter(), summaryReporter()],
};
