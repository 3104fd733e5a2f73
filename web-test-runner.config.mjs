import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChromium } from './scripts/chromium-path.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { emulateBrowserPlugin } from './scripts/emulate-browser-plugin.mjs';
import { bundleOnRequestPlugin } from './scripts/bundle-on-request-plugin.mjs';

/** The policy, plus the one Trusted Types policy name the library needs (Lit's). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** `npm run chaos -- --sequences N --seed S` hands its settings to the chaos test through the page. */
const chaosSettings = process.env.CHAOS_SEQUENCES
  ? `<script>window.chaos = ${JSON.stringify({ sequences: Number(process.env.CHAOS_SEQUENCES), seed: Number(process.env.CHAOS_SEED ?? 20261128) })};</script>`
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
      if (context.path === '/test/csp/strict-page.html') {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
      // A host app with its own Lit: two copies create Lit's policy, so the page allows duplicates.
      if (context.path === '/test/csp/two-lits.html') {
        context.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
      }
      return next();
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
