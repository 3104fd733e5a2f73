/* global __deep, __press, __until -- defined in the page by HELPERS, below */
// `npm run screenshots`: pictures of the demo for the README, taken in headless Chromium. Starts the
// demo's Vite server and writes PNGs to docs/screenshots/: the LMS dashboard with the card collapsed;
// the card in its sidebar at the time step (the compact agenda), the confirm step and the booked step;
// the student's sessions in a 300 px sidebar, and their past sessions with a check-in; the goals; and
// the time step in Spanish, dark.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { HELPERS } from './page-helpers.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(`Chromium not found. Install it: ${INSTALL_HINT}`);
  process.exit(1);
}

const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 5199, strictPort: true } });
await server.listen();
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const settle = ms => new Promise(resolve => setTimeout(resolve, ms));

async function open(page, hash) {
  await page.goto(`http://localhost:5199/${hash}`, { waitUntil: 'networkidle0' });
  await page.evaluate(HELPERS);
  await settle(800);
}

/** Opens the card and goes to Ana García's times. */
async function toTimeStep(page) {
  await page.evaluate(async () => {
    await __press('[part~="open"]');
    await __press('[part="service"]');
    await __press('[part~="book"]', button => button.getAttribute('aria-label').endsWith('Ana García'));
    await __until('[part~="slot"]');
  });
  await settle(600);
}

async function shoot(page, selector, path) {
  const element = await page.$(selector);
  await element.screenshot({ path });
  console.log(`Wrote ${path}`);
}

try {
  mkdirSync('docs/screenshots', { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });

  await open(page, '#dashboard');
  await page.screenshot({ path: 'docs/screenshots/dashboard.png' });
  console.log('Wrote docs/screenshots/dashboard.png');

  await toTimeStep(page);
  await shoot(page, '.lms-sidebar', 'docs/screenshots/agenda.png');

  await page.evaluate(async () => {
    await __press('[part~="slot"]');
    await __until('[part="summary"]');
    const field = await __until('textarea');
    field.value = 'Review my Flask API before the project deadline';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  await settle(400);
  await shoot(page, '.lms-sidebar', 'docs/screenshots/confirm.png');

  await page.evaluate(async () => {
    await __press('[part~="confirm"]');
    await __until('[part~="done"]');
  });
  await settle(400);
  await shoot(page, '.lms-sidebar', 'docs/screenshots/booked.png');

  // The same store serves every story: the session just booked is listed.
  await open(page, '#mentorship-sessions/default');
  await page.evaluate(() => {
    document.querySelector('mentorship-provider').style.cssText = 'display: block; width: 300px';
  });
  await page.evaluate(() => __until('[part="session"]'));
  await settle(600);
  await shoot(page, 'mentorship-sessions', 'docs/screenshots/sessions.png');

  // The past sessions: the mentor's summary and next steps, and the check-in.
  await page.evaluate(async () => {
    await __press('[part~="tab"]', button => button.textContent.trim() === 'Past');
    await __until('[part~="check-in"] [part="goal-progress"]');
  });
  await settle(600);
  await shoot(page, 'mentorship-sessions', 'docs/screenshots/check-in.png');

  await open(page, '#mentorship-goals/default');
  await page.evaluate(async () => {
    document.querySelector('mentorship-provider').style.cssText = 'display: block; width: 340px';
    await __until('[part="goal"]');
    __deep('details')[0].open = true;
  });
  await settle(600);
  await shoot(page, 'mentorship-goals', 'docs/screenshots/goals.png');

  // The journey ten days before the end: its stages, then the closed programme's summary.
  await open(page, '#journey');
  await page.evaluate(() => __until('[part~="stages"]'));
  await settle(600);
  await shoot(page, 'mentorship-journey', 'docs/screenshots/journey.png');
  await page.evaluate(async () => {
    await __press('[part~="close-program"]');
    const next = await __until('#closing-summary');
    next.value = 'Apply to junior roles and keep meeting Ana once a month.';
    next.dispatchEvent(new Event('input'));
    (await __until('input[name="rating"]', input => input.closest('label').textContent.includes('5'))).click();
    await __press('[part="closing-form"] [type="submit"]');
    await __until('[part="summary"]');
  });
  await settle(600);
  await shoot(page, 'mentorship-journey', 'docs/screenshots/journey-summary.png');

  await open(page, '#mentor-schedule-card/dark');
  await page.evaluate(() => {
    const provider = document.querySelector('mentorship-provider');
    provider.setAttribute('locale', 'es');
    provider.style.cssText = 'display: block; width: 320px; --mentorship-color-scheme: dark';
  });
  await settle(800);
  await toTimeStep(page);
  await shoot(page, 'mentor-schedule-card', 'docs/screenshots/agenda-es-dark.png');
} finally {
  await browser.close();
  await server.close();
}
