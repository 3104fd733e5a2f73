// Cold load: from navigation to the collapsed card painted with data, then from pressing "Schedule a
// mentoring session" to the services to choose from, on a throttled network (Chromium's emulation:
// 150 ms latency, 1.6 Mbps down) and a 4× slower CPU, as Lighthouse's Slow 4G does, cache off, files
// served gzip -9 like a CDN. Then, on the same build, the round trips to the collapsed card and from
// the press to "Booked" (round-trips.mjs).
// Two deliveries of the same source in the same run: the one-file build the library shipped before
// (every booking tag and the steps in one file, Spanish a chunk) and today's CDN build (a chunk per
// tag, the steps on open), both built from src/ in the run. The card talks to /api (the REST
// contract, mock-api.mjs), answered by this server at the same latency. Part of `npm run bench`; `node scripts/cold-load.mjs` runs it alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { createMockApi } from './mock-api.mjs';
import { roundTrips } from './round-trips.mjs';

const RUNS = Number(process.env.COLD_RUNS ?? 7);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;

/** The pre-chunk delivery, rebuilt from today's source: one file with every booking tag and the steps. */
async function buildOneFile() {
  const folder = mkdtempSync(join(tmpdir(), 'mentorship-one-file-'));
  const entry = join(folder, 'mentorship-widgets.js');
  const src = path => JSON.stringify(resolve('src', path));
  writeFileSync(
    entry,
    [
      `export { createHttpClient } from ${src('client/http.ts')};`,
      ...['mentorship-provider', 'mentorship-credits', 'mentor-list', 'mentor-agenda', 'mentor-schedule-card'].map(
        tag => `import ${src(`components/${tag}/define.ts`)};`,
      ),
      `import ${src('components/mentor-schedule-card/steps/index.ts')};`,
    ].join('\n'),
  );
  const outDir = resolve('node_modules/.cache/cold-load/one-file');
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      plugins: [minifyTemplateLiterals({ include: ['src/**/*.ts'] })],
      build: {
        outDir,
        emptyOutDir: true,
        lib: { entry, formats: ['es'], fileName: () => 'mentorship-widgets.js' },
        rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
      },
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return outDir;
}

const page = base => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/${base}/mentorship-widgets.js"></script></head><body>
<mentorship-provider api-base="/api" time-zone="America/Bogota" locale="en"><mentor-schedule-card></mentor-schedule-card></mentorship-provider>
</body></html>`;

/** Runs the comparison in `browser` (puppeteer) and returns the printed lines. */
export async function coldLoad(browser) {
  const oneFile = await buildOneFile();
  // Today's delivery, built from the same source now (not whatever dist/ holds).
  const chunked = resolve('node_modules/.cache/cold-load/chunked');
  await build({ configFile: 'vite.cdn.config.ts', logLevel: 'silent', build: { outDir: chunked, emptyOutDir: true } });
  const roots = { 'one-file': oneFile, chunked };
  const gzipped = new Map();
  const api = createMockApi();
  const server = createServer(async (request, response) => {
    if (await api(request, response)) return;
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname.startsWith('/page/')) {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page(pathname.slice('/page/'.length)));
      return;
    }
    const [, base, file] = pathname.match(/^\/([\w-]+)\/((?:chunks\/)?[\w.-]+\.js)$/) ?? [];
    const path = base && roots[base] && join(roots[base], file);
    if (!path || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 9 }));
    response.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip' }).end(gzipped.get(path));
  });
  await new Promise(done => server.listen(0, done));
  const origin = `http://localhost:${server.address().port}`;

  /**
   * Milliseconds from navigation to the first frame with the mentors and the credits on the card; then
   * from the press on "Schedule a mentoring session" (the pointer moves onto it first, as a hand does)
   * to the first frame with the services to choose from.
   */
  const once = async base => {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await tab.goto(`${origin}/page/${base}`, { waitUntil: 'domcontentloaded' });
    const handle = await tab.waitForFunction(
      () => {
        const card = document.querySelector('mentor-schedule-card');
        const root = card?.shadowRoot;
        const credits = root?.querySelector('mentorship-credits')?.shadowRoot;
        return root?.querySelector('[part="avatars"]') && credits?.querySelector('[part~="count"]') ? performance.now() : false;
      },
      { polling: 'raf', timeout: 60_000 },
    );
    const load = await handle.jsonValue();
    const button = await tab.waitForSelector('mentor-schedule-card >>> [part~="open"]');
    const pressed = await tab.evaluate(() => performance.now());
    await button.click();
    const shown = await tab.waitForFunction(
      () => (document.querySelector('mentor-schedule-card')?.shadowRoot?.querySelector('[part="service"]') ? performance.now() : false),
      { polling: 'raf', timeout: 60_000 },
    );
    const open = (await shown.jsonValue()) - pressed;
    await context.close();
    return { load, open };
  };

  const times = { 'one-file': [], chunked: [] };
  try {
    for (let run = 0; run < RUNS; run++) for (const base of ['one-file', 'chunked']) times[base].push(await once(base));
  } finally {
    server.close();
  }
  const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const figures = (title, figure) => {
    const [ones, chunks] = [times['one-file'].map(run => run[figure]), times.chunked.map(run => run[figure])];
    const [before, after] = [median(ones), median(chunks)];
    return [
      `${title} (150 ms latency, 1.6 Mbps, CPU ${CPU_SLOWDOWN}× slower, cache off; median of ${RUNS}):`,
      `  one file (before):      ${before.toFixed(0)} ms  (min ${Math.min(...ones).toFixed(0)}, max ${Math.max(...ones).toFixed(0)})`,
      `  chunk per tag (today):  ${after.toFixed(0)} ms  (min ${Math.min(...chunks).toFixed(0)}, max ${Math.max(...chunks).toFixed(0)})`,
      `  ratio today/before:     ${(after / before).toFixed(2)}`,
    ];
  };
  // Round trips on the same build: every answer a second late (round-trips.mjs).
  const trips = await roundTrips(browser, chunked);
  return {
    lines: [
      ...figures('Cold load to the collapsed card with data', 'load'),
      ...figures('Opening the card: the press to the services shown', 'open'),
      '',
      ...trips.lines,
    ],
    roundTrips: trips,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { withChromium } = await import('./chromium-path.mjs');
  await withChromium(async browser => (await coldLoad(browser)).lines);
}
