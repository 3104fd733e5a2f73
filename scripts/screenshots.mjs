// `npm run screenshots`: pictures of the demo for the README, taken in headless Chromium. Starts the
// demo's Vite server, opens the LMS dashboard (card collapsed, then at the time step) and writes PNGs
// to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

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
try {
  mkdirSync('docs/screenshots', { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 820, deviceScaleFactor: 1 });
  await page.goto('http://localhost:5199/#dashboard', { waitUntil: 'networkidle0' });
  await settle(1500);
  await page.screenshot({ path: 'docs/screenshots/dashboard.png' });

  // The agenda step, as a student in Bogotá sees Ana García's week.
  await page.evaluate(async () => {
    const wait = ms => new Promise(resolve => setTimeout(resolve, ms));
    const card = document.querySelector('mentor-schedule-card');
    card.shadowRoot.querySelector('[part~="open"]').click();
    await wait(800);
    card.shadowRoot.querySelector('[part="service"]').click();
    await wait(1200);
    card.shadowRoot.querySelector('mentor-list').shadowRoot.querySelector('[part~="book"]').click();
    await wait(1500);
  });
  const sidebar = await page.$('.lms-sidebar');
  await sidebar.screenshot({ path: 'docs/screenshots/agenda.png' });
  console.log('Wrote docs/screenshots/dashboard.png and docs/screenshots/agenda.png');
} finally {
  await browser.close();
  await server.close();
}
