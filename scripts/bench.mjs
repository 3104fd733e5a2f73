// `npm run bench`: renders, interactions, memory and requests of the widgets in headless Chromium,
// against a plain-DOM baseline rendering the same data in the same run (so ratios survive a noisy
// machine). Prints medians of several runs with min and max. With --check it fails when docs/performance.md's
// claims do not hold: the agenda's renders and interactions within a 16 ms frame (its longest task),
// no task of the library's longer than twice the plain DOM's for the same work, long lists' first
// render within 50 ms and not growing with their length, 500 sessions idle under 5 ms of work a
// second, nothing kept by mounting and unmounting the card, no request repeated in the booking flow,
// the collapsed card within 3 round trips and the press to "Booked" within 5 (round-trips.mjs).
import puppeteer from 'puppeteer-core';
import { build, preview } from 'vite';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { coldLoad } from './cold-load.mjs';
import { ROUND_TRIP_LIMITS } from './round-trips.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHECK = process.argv.includes('--check');
/** The claims --check holds the figures to (docs/performance.md). */
const FRAME_MS = 16;
const WITHIN_PLAIN = 2;
/** A longest task under this is never a failure by ratio: half a 16 ms frame. */
const RATIO_FLOOR_MS = FRAME_MS / 2;
const failures = [];
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
const server = await preview({
  configFile: 'vite.config.ts',
  logLevel: 'silent',
  build: { outDir: `../${outDir}` },
  preview: { port: 5198, strictPort: true },
});
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
  const cdp = await page.createCDPSession();
  const settle = () => page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  /**
   * Runs `work` under Chromium's tracing and reads the page's main thread from the trace: the sum
   * of its tasks (script, style, layout, paint) and the longest one: a frame can hold no more work
   * than its longest task, so "fits a 16 ms frame" means that one is under 16 ms.
   */
  const traced = async work => {
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
    const result = await work();
    await settle();
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    // The page's renderer: of the renderer main threads, the one that worked (others sit idle).
    const mains = trace.traceEvents.filter(event => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
    const tasksOf = main =>
      trace.traceEvents
        .filter(event => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && /(^|::)RunTask$/.test(event.name))
        .map(event => event.dur / 1000);
    const sum = values => values.reduce((total, value) => total + value, 0);
    const tasks = mains.map(tasksOf).sort((a, b) => sum(b) - sum(a))[0] ?? [];
    return { result, work: sum(tasks), longest: Math.max(0, ...tasks) };
  };

  // Each scenario: phases run in order on one fresh stage; per phase, the wall time to the last
  // paint (from the page) and the main-thread work of that span (from the trace).
  const scenarios = [
    {
      library: 'libraryList',
      plain: 'plainList',
      phases: [
        ['render', '<mentor-list>, 1,000 mentors: first render (first 20)'],
        ['more', '<mentor-list>: "Show more" (20 more)'],
      ],
    },
    {
      library: 'libraryAgenda',
      plain: 'plainAgenda',
      phases: [
        ['render', '<mentor-agenda>, 14 days × 48 times: first render'],
        ['zone', '<mentor-agenda>: re-render after a zone change'],
        ['select', '<mentor-agenda>: select a time'],
      ],
    },
  ];
  const runScenario = async (subject, phases) => {
    await page.evaluate(() => window.bench.reset());
    await settle();
    const figures = {};
    for (const [phase] of phases) {
      const {
        result: wall,
        work,
        longest,
      } = await traced(() => page.evaluate((subject, phase) => window.bench[subject][phase](), subject, phase));
      figures[phase] = { wall, work, longest };
    }
    return figures;
  };
  // Warm up both paths once (module compilation, Intl caches), then measure, alternating.
  for (const { library, plain, phases } of scenarios) {
    await runScenario(library, phases);
    await runScenario(plain, phases);
  }
  const rows = [];
  for (const { library, plain, phases } of scenarios) {
    const ours = [];
    const baseline = [];
    for (let run = 0; run < RUNS; run += 1) {
      ours.push(await runScenario(library, phases));
      baseline.push(await runScenario(plain, phases));
    }
    for (const [phase, name] of phases) {
      const of = (runs, figure) => stats(runs.map(figures => figures[phase][figure]));
      rows.push({
        name,
        ours: of(ours, 'work'),
        baseline: of(baseline, 'work'),
        longest: of(ours, 'longest'),
        plainLongest: of(baseline, 'longest'),
        wall: of(ours, 'wall'),
      });
    }
  }
  await page.evaluate(() => window.bench.reset());

  console.log(
    `\nMain-thread work per render or interaction (script, style, layout, paint), median of ${RUNS} [min – max], headless Chromium, this machine.`,
  );
  console.log(
    '"Longest task" is the most any one frame had to carry; "to paint" is the wall time from the start to the first paint of the result.\n',
  );
  const width = Math.max(...rows.map(row => row.name.length));
  const range = s => `${ms(s.median)} [${s.min.toFixed(1)} – ${s.max.toFixed(1)}]`;
  console.log(
    `${'measure'.padEnd(width)}  ${'library work'.padStart(24)}  ${'plain DOM work'.padStart(24)}  ratio  ${'library longest task'.padStart(24)}  ${'plain longest task'.padStart(24)}  ${'library to paint'.padStart(24)}`,
  );
  for (const { name, ours, baseline, longest, plainLongest, wall } of rows) {
    console.log(
      `${name.padEnd(width)}  ${range(ours).padStart(24)}  ${range(baseline).padStart(24)}  ${(ours.median / baseline.median).toFixed(2)}×  ${range(longest).padStart(24)}  ${range(plainLongest).padStart(24)}  ${range(wall).padStart(24)}`,
    );
  }

  for (const { name, longest, plainLongest } of rows) {
    if (name.includes('<mentor-agenda>') && longest.median > FRAME_MS) {
      failures.push(`${name}: the library's longest task is ${ms(longest.median)}, more than a ${FRAME_MS} ms frame`);
    }
    // Below half a frame, twice a 2 ms task is this machine's noise, not the library's cost.
    if (longest.median > Math.max(WITHIN_PLAIN * plainLongest.median, RATIO_FLOOR_MS)) {
      failures.push(
        `${name}: the library's longest task is ${ms(longest.median)}, more than ${WITHIN_PLAIN}× plain DOM's ${ms(plainLongest.median)}`,
      );
    }
  }

  // Long lists: each tag with N entries against the same tag with N/10, in the same run. Each shows a
  // page at a time, so the first render's longest task must not grow with N (2× at most, or under a
  // frame however small the other), and stay within 50 ms.
  const LONG = [
    ['sessions', 500, '<mentorship-sessions>, 500 past sessions: first render'],
    ['goals', 200, '<mentorship-goals>, 200 goals: first render'],
    ['mentors', 5000, '<mentor-list>, 5,000 mentors: first render'],
  ];
  const longRows = [];
  for (const [kind, count, name] of LONG) {
    const large = [];
    const small = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const big = await traced(() => page.evaluate((kind, count) => window.bench.longList(kind, count), kind, count));
      const little = await traced(() => page.evaluate((kind, count) => window.bench.longList(kind, count), kind, count / 10));
      // The first run warms up (module compilation, Intl caches).
      if (run === 0) continue;
      large.push(big.longest);
      small.push(little.longest);
    }
    longRows.push({ name, count, large: stats(large), small: stats(small) });
  }
  // Idle: 500 upcoming sessions with their countdowns, on screen for 3 s.
  await page.evaluate(() => window.bench.longList('upcoming', 500));
  await settle();
  const idleSeconds = 3;
  const idle = [];
  for (let run = 0; run < 3; run += 1) {
    const { work } = await traced(() => new Promise(resolve => setTimeout(resolve, idleSeconds * 1000)));
    idle.push(work / idleSeconds);
  }
  await page.evaluate(() => window.bench.reset());
  console.log(`\nLong lists: the longest task of the first render with N entries and with N/10, median of ${RUNS} [min – max].\n`);
  const longWidth = Math.max(...longRows.map(row => row.name.length));
  console.log(`${'measure'.padEnd(longWidth)}  ${'N entries'.padStart(24)}  ${'N/10 entries'.padStart(24)}  ratio`);
  for (const { name, large, small } of longRows) {
    console.log(
      `${name.padEnd(longWidth)}  ${range(large).padStart(24)}  ${range(small).padStart(24)}  ${(large.median / small.median).toFixed(2)}×`,
    );
    if (large.median > 50) failures.push(`${name}: the longest task is ${ms(large.median)}, more than 50 ms`);
    if (large.median > Math.max(WITHIN_PLAIN * small.median, FRAME_MS)) {
      failures.push(
        `${name}: the longest task is ${ms(large.median)}, more than ${WITHIN_PLAIN}× the tenth-size list's ${ms(small.median)}`,
      );
    }
  }
  const idleWork = stats(idle);
  console.log(
    `<mentorship-sessions>, 500 upcoming sessions idle (countdowns showing): ${ms(idleWork.median)} of main-thread work a second [${idleWork.min.toFixed(1)} – ${idleWork.max.toFixed(1)}]`,
  );
  if (idleWork.median > 5) failures.push(`500 upcoming sessions idle: ${ms(idleWork.median)} of work a second, more than 5 ms`);

  // Memory: the heap after 100 mounts and unmounts of the full card, against after the first.
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = () =>
    page.evaluate(async () => {
      window.bench.mountCard();
      await new Promise(resolve => setTimeout(resolve, 30));
      window.bench.clear();
    });
  /**
   * The page's JS objects (objects, arrays, closures) by constructor, from a heap snapshot. The heap's
   * size alone also grows with V8's optimised code and the browser's performance timeline; objects
   * that pile up cycle after cycle are what a leak looks like.
   */
  const objectsByConstructor = async () => {
    await heap();
    const chunks = [];
    const onChunk = ({ chunk }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
    const fields = snapshot.meta.node_fields;
    const [types] = snapshot.meta.node_types;
    const [typeAt, nameAt] = [fields.indexOf('type'), fields.indexOf('name')];
    const counts = new Map();
    for (let index = 0; index < nodes.length; index += fields.length) {
      const type = types[nodes[index + typeAt]];
      if (type !== 'object' && type !== 'array' && type !== 'closure') continue;
      const name = strings[nodes[index + nameAt]];
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return counts;
  };
  await cycle();
  const afterFirst = await heap();
  for (let index = 1; index < CYCLES; index += 1) await cycle();
  const afterAll = await heap();
  console.log(
    `\nJS heap after 1 card mount/unmount: ${(afterFirst / 1e6).toFixed(2)} MB; after ${CYCLES}: ${(afterAll / 1e6).toFixed(2)} MB (${afterAll >= afterFirst ? '+' : ''}${((afterAll - afterFirst) / 1e3).toFixed(0)} KB)`,
  );
  const warm = await objectsByConstructor();
  for (let index = 0; index < CYCLES; index += 1) await cycle();
  const later = await objectsByConstructor();
  const grown = [...later].map(([name, count]) => [name, count - (warm.get(name) ?? 0)]).filter(([, count]) => count > 0);
  const kept = grown.reduce((sum, [, count]) => sum + count, 0);
  console.log(
    `JS objects kept by ${CYCLES} more cycles: ${kept}` +
      (kept
        ? ` (${grown
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5)
            .map(([name, count]) => `${name || '(anonymous)'} ×${count}`)
            .join(', ')})`
        : ' (nothing piles up)'),
  );
  if (kept > 0) failures.push(`${kept} JS objects were kept by ${CYCLES} more mounts and unmounts of the card`);

  // Requests: the whole flow from opening the card to "Booked", through the HTTP client and the mock backend.
  const requests = await page.evaluate(() => window.bench.bookingRequests());
  const booked = requests.findIndex(request => request.startsWith('POST /api/sessions'));
  // The goal is about the flow up to "Booked"; the credits refresh after it is expected.
  const flow = requests.slice(0, booked + 1);
  const repeated = flow.filter((request, index) => flow.indexOf(request) !== index);
  console.log(
    `\nBooking flow: ${booked + 1} requests up to "Booked" (${requests.length} with the refresh after it), ${repeated.length ? `repeated: ${repeated.join(', ')}` : 'none repeated'}:`,
  );
  for (const request of requests) console.log(`  ${request.replace(/\?.*/, '')}`);
  if (repeated.length) failures.push(`requests repeated in the booking flow: ${repeated.join(', ')}`);

  // Cold load on a throttled network: the one-file delivery against today's chunks; round trips (cold-load.mjs).
  const cold = await coldLoad(browser);
  console.log(`\n${cold.lines.join('\n')}`);
  const trips = cold.roundTrips;
  if (trips.card > ROUND_TRIP_LIMITS.card)
    failures.push(`the collapsed card waits for ${trips.card} round trips (at most ${ROUND_TRIP_LIMITS.card})`);
  if (trips.booked > ROUND_TRIP_LIMITS.booked)
    failures.push(`the press to "Booked" waits for ${trips.booked} round trips (at most ${ROUND_TRIP_LIMITS.booked})`);
} finally {
  await browser.close();
  await server.close();
}

if (CHECK && failures.length) {
  console.error(`\nThe claims of docs/performance.md do not hold:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
if (CHECK)
  console.log(
    "\nThe claims of docs/performance.md hold: the agenda within a frame, no task over twice plain DOM's, long lists within 50 ms and not growing with their length, 500 sessions idle under 5 ms a second, nothing piles up, no request repeated, the card within 3 round trips and the booking within 5.",
  );
