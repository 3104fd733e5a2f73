// Round trips, counted the way the performance issue does: every response (the page, each JS file,
// each API answer) takes one second, so the seconds a path takes are the round trips it waits for
// one after another. Two paths, on the README's set-up (the CDN script, a <mentorship-provider
// api-base> around the card): from navigation to the collapsed card with its data, and from the
// press on "Schedule a mentoring session" to "Booked" for the demo's student, who has a profile,
// goals and past sessions (every choice made the moment it shows). The JS comes from a second origin
// (a CDN, as the README's script tag does), the page and /api from the LMS's own: each origin has its
// own six connections, as over HTTP/1.1 in a browser. The musts are held to that. The same paths are
// then measured with the CDN speaking HTTP/2, as CDNs do (TLS, a certificate made for the run by
// `openssl`): one connection carries every file at once. Part of `npm run bench` (cold-load.mjs
// builds the files); `node scripts/round-trips.mjs` runs it alone on dist/cdn, and with
// ROUND_TRIPS_LOG=1 prints each request with when it was sent (which wait follows which).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockApi } from './mock-api.mjs';

const DELAY_MS = 1000;
/** The musts: the collapsed card in 3 round trips, the press to "Booked" in 5. */
export const ROUND_TRIP_LIMITS = { card: 3, booked: 5 };

const later = (ms, work) => setTimeout(work, ms);

const page = cdn => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="${cdn}/mentorship-widgets.js"></script></head><body>
<mentorship-provider api-base="/api" time-zone="America/Bogota" locale="en"><mentor-schedule-card></mentor-schedule-card></mentorship-provider>
</body></html>`;

/** A certificate for 127.0.0.1, made for this run (the browser is told to accept it). */
function certificate() {
  const folder = mkdtempSync(join(tmpdir(), 'round-trips-'));
  try {
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Serves `dir` (the CDN files) and the page with its API, each answer a second late; with a
 * certificate (`tls`), the CDN over HTTP/2 (the page and its API stay on HTTP/1.1, as an LMS may).
 */
async function serve(dir, tls) {
  const api = createMockApi();
  const files = (request, response) => {
    const { pathname } = new URL(request.url, 'http://cdn');
    const path = join(dir, pathname.replace(/^\/+/, ''));
    const found = /^\/(chunks\/)?[\w.-]+\.js$/.test(pathname) && existsSync(path);
    later(DELAY_MS, () =>
      found
        ? response.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }).end(readFileSync(path))
        : response.writeHead(404, { 'access-control-allow-origin': '*' }).end(),
    );
  };
  const cdn = tls ? createSecureServer(tls, files) : createServer(files);
  await new Promise(done => cdn.listen(0, '127.0.0.1', done));
  const cdnOrigin = `${tls ? 'https' : 'http'}://127.0.0.1:${cdn.address().port}`;
  const lms = createServer((request, response) =>
    later(DELAY_MS, async () => {
      if (await api(request, response)) return;
      response.writeHead(200, { 'content-type': 'text/html' }).end(page(cdnOrigin));
    }),
  );
  await new Promise(done => lms.listen(0, 'localhost', done));
  return {
    url: `http://localhost:${lms.address().port}/`,
    close: () => (cdn.close(), lms.close()),
  };
}

/** Runs both paths once in a fresh context of `browser`; milliseconds for each. */
async function once(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // The HTTP/2 CDN's certificate is the run's own.
    await cdp.send('Security.setIgnoreCertificateErrors', { ignore: true });
    if (process.env.ROUND_TRIPS_LOG) {
      const start = Date.now();
      tab.on('request', request =>
        console.log(
          `  ${((Date.now() - start) / 1000).toFixed(2)} s  ${request.method()} ${request.url().replace(/^https?:\/\/[^/]+/, '')}`,
        ),
      );
    }
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    const card = await (
      await tab.waitForFunction(
        () => {
          const root = document.querySelector('mentor-schedule-card')?.shadowRoot;
          const credits = root?.querySelector('mentorship-credits')?.shadowRoot;
          return root?.querySelector('[part="avatars"]') && credits?.querySelector('[part~="count"]') ? performance.now() : false;
        },
        { polling: 'raf', timeout: 120_000 },
      )
    ).jsonValue();
    // The flow, each choice made as soon as it shows; the time is what the student waits.
    const booked = await tab.evaluate(async () => {
      const card = document.querySelector('mentor-schedule-card');
      const inCard = () => card.shadowRoot;
      const inTag = tag => () => card.shadowRoot.querySelector(tag)?.shadowRoot;
      const find = root => selector =>
        new Promise((resolve, reject) => {
          const started = performance.now();
          const look = () => {
            const found = root()?.querySelector(selector);
            if (found && !found.disabled) resolve(found);
            else if (performance.now() - started > 60_000) reject(new Error(`round trips: ${selector} never showed`));
            else requestAnimationFrame(look);
          };
          look();
        });
      const pressed = performance.now();
      (await find(inCard)('[part~="open"]')).click();
      (await find(inCard)('[part="service"]')).click();
      (await find(inTag('mentor-list'))('[part~="book"]')).click();
      (await find(inTag('mentor-agenda'))('[part~="slot"]')).click();
      (await find(inCard)('[part~="confirm"]')).click();
      await find(inCard)('[part~="calendar"]');
      return performance.now() - pressed;
    });
    return { card, booked };
  } finally {
    await context.close();
  }
}

/** Both paths, least of three runs each, in round trips (a round trip is a second). */
async function measure(browser, dir, tls) {
  const server = await serve(dir, tls);
  try {
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await once(browser, server.url));
    // The least of three: a round trip is a second, and a busy machine only adds to it.
    const count = figure => Math.round(Math.min(...runs.map(run => run[figure])) / DELAY_MS);
    const seconds = figure => runs.map(run => (run[figure] / 1000).toFixed(2)).join(', ');
    return { card: count('card'), booked: count('booked'), seconds };
  } finally {
    server.close();
  }
}

/** Measures on the CDN files in `dir`; returns the printed lines and what passes the limits (HTTP/1.1's). */
export async function roundTrips(browser, dir) {
  const { card, booked, seconds } = await measure(browser, dir);
  // Without `openssl` on the machine there is no certificate, and no HTTP/2 figure: said, not failed.
  let tls;
  let missing;
  try {
    tls = certificate();
  } catch (error) {
    missing = error;
  }
  const h2 = tls && (await measure(browser, dir, tls));
  return {
    card,
    booked,
    lines: [
      `Round trips (every answer 1 s late: the page, each JS file, each API call; least of 3 runs):`,
      `  navigation to the collapsed card with its data: ${card} (must ≤ ${ROUND_TRIP_LIMITS.card}; runs ${seconds('card')} s)`,
      `  the press on "Schedule a mentoring session" to "Booked": ${booked} (must ≤ ${ROUND_TRIP_LIMITS.booked}; runs ${seconds('booked')} s)`,
      h2
        ? `  the same with the CDN over HTTP/2 (one connection, every file at once): ${h2.card} (runs ${h2.seconds('card')} s) and ${h2.booked} (runs ${h2.seconds('booked')} s)`
        : `  the same with the CDN over HTTP/2: not measured (${missing.message.split('\n')[0]})`,
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync('dist/cdn/mentorship-widgets.js')) {
    console.error('No build found: run `npm run build` first.');
    process.exit(1);
  }
  const { withChromium } = await import('./chromium-path.mjs');
  await withChromium(async browser => (await roundTrips(browser, 'dist/cdn')).lines);
}
