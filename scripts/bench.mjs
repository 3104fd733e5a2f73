// `npm run bench`: renders, interactions, memory and requests of the widgets in headless Chromium,
// against a plain-DOM baseline rendering the same data in the same run (so ratios survive a noisy
// machine). Prints medians of several runs with min and max. A benchmark, not a test: it never fails
// on a figure.
import puppeteer from 'puppeteer-core';
import { build, preview } from 'vite';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CYCLES = 100;

const executablePath = findChromium();
if (!executablePath) {
  console.error(`Chromium not found. Install it: ${INSTALL_HINT}`);
  process.exit(1);
}

// A production build of the bench page: Lit's development mode (extra checks) would skew every figure.
const outDir = 'node_modules/.cache/bench';
await build({
  configFile: 'vite.config.ts',
  logLevel: 'silent',
  build: { outDir: `../${outDir}`, emptyOutDir: true, rolldownOptions: { input: 'demo/bench/index.html' } },
});
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir: `../${outDir}` }, preview: { port: 5198, strictPort: true } });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

const stats = values => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};
const ms = value => `${value.toFixed(1)} ms`;

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto('http://localhost:5198/bench/index.html', { waitUntil: 'load' });
  await page.waitForFunction(() => document.title === 'bench ready', { timeout: 60_000 });
  // Warm up both paths once (module compilation, Intl caches), then measure.
  await page.evaluate(async () => {
    await window.bench.libraryList();
    await window.bench.plainList();
    await window.bench.libraryAgenda();
    await window.bench.plainAgenda();
  });

  const rows = [];
  const measure = async (name, library, plain) => {
    const ours = [];
    const baseline = [];
    for (let run = 0; run < RUNS; run += 1) {
      ours.push(await page.evaluate(library));
      baseline.push(await page.evaluate(plain));
    }
    rows.push({ name, ours: stats(ours), baseline: stats(baseline) });
  };
  for (const [key, name] of [
    ['render', '<mentor-list>, 1,000 mentors: first render (first 20)'],
    ['more', '<mentor-list>: "Show more" (20 more)'],
  ]) {
    await measure(name, new Function(`return window.bench.libraryList().then(r => r.${key})`), new Function(`return window.bench.plainList().then(r => r.${key})`));
  }
  for (const [key, name] of [
    ['render', '<mentor-agenda>, 14 days × 48 times: first render'],
    ['zone', '<mentor-agenda>: re-render after a zone change'],
    ['select', '<mentor-agenda>: select a time (input to paint)'],
  ]) {
    await measure(name, new Function(`return window.bench.libraryAgenda().then(r => r.${key})`), new Function(`return window.bench.plainAgenda().then(r => r.${key})`));
  }

  console.log(`\nRenders and interactions (median of ${RUNS}, [min – max]), headless Chromium, this machine:\n`);
  const width = Math.max(...rows.map(row => row.name.length));
  console.log(`${'measure'.padEnd(width)}  ${'library'.padStart(26)}  ${'plain DOM'.padStart(26)}  ratio`);
  for (const { name, ours, baseline } of rows) {
    const range = s => `${ms(s.median)} [${s.min.toFixed(1)} – ${s.max.toFixed(1)}]`;
    console.log(`${name.padEnd(width)}  ${range(ours).padStart(26)}  ${range(baseline).padStart(26)}  ${(ours.median / baseline.median).toFixed(2)}×`);
  }

  // Memory: the heap after 100 mounts and unmounts of the full card, against after the first.
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = () => page.evaluate(async () => {
    window.bench.mountCard();
    await new Promise(resolve => setTimeout(resolve, 30));
    window.bench.clear();
  });
  await cycle();
  const afterFirst = await heap();
  for (let index = 1; index < CYCLES; index += 1) await cycle();
  const afterAll = await heap();
  console.log(`\nJS heap after 1 card mount/unmount: ${(afterFirst / 1e6).toFixed(2)} MB; after ${CYCLES}: ${(afterAll / 1e6).toFixed(2)} MB (${afterAll >= afterFirst ? '+' : ''}${((afterAll - afterFirst) / 1e3).toFixed(0)} KB)`);

  // Requests: the whole flow from opening the card to "Booked", through the HTTP client and the mock backend.
  const requests = await page.evaluate(() => window.bench.bookingRequests());
  const repeated = requests.filter((request, index) => requests.indexOf(request) !== index);
  const booked = requests.findIndex(request => request.startsWith('POST /api/sessions'));
  console.log(`\nBooking flow: ${booked + 1} requests up to "Booked" (${requests.length} with the refresh after it), ${repeated.length ? `repeated: ${repeated.join(', ')}` : 'none repeated'}:`);
  for (const request of requests) console.log(`  ${request.replace(/\?.*/, '')}`);
} finally {
  await browser.close();
  await server.close();
}
