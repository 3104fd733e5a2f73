// `node scripts/check-demo.mjs` (run by `npm test`): builds the demo as it is published (dist-demo/),
// serves it, and shows every story in headless Chromium, failing on any console error or warning and
// any uncaught exception. The one expected message is the browser's own network log of the "Backend
// down" stories, whose backend answers 500 on purpose. Lit's dev-mode notice would fail it too: the
// built demo must run Lit's production build.
import puppeteer from 'puppeteer-core';
import { build, preview } from 'vite';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(`Chromium not found. Install it: ${INSTALL_HINT}`);
  process.exit(1);
}

const started = performance.now();
await build({ configFile: 'vite.config.ts', logLevel: 'error' });
console.log(`check-demo: built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'silent', preview: { port: 5198, strictPort: true } });
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

/** Messages a story may log: the deliberate 500s of the backend-down stories, the 403 of a student at the mentor's desk. */
const expected = (story, text) =>
  (story.endsWith('/error') && /status of 500/.test(text)) || (story.endsWith('/not-a-mentor') && /status of 403/.test(text));
const problems = [];
let story = '';

try {
  const page = await browser.newPage();
  page.on('console', message => {
    const type = message.type();
    if ((type === 'error' || type === 'warn' || type === 'warning') && !expected(story, message.text())) {
      problems.push(`${story || 'page load'}: console.${type}: ${message.text()}`);
    }
  });
  page.on('pageerror', error => problems.push(`${story || 'page load'}: uncaught ${error.message}`));
  await page.goto(`http://localhost:5198/`, { waitUntil: 'networkidle0' });
  const stories = await page.$$eval('.demo-nav a', links => links.map(link => link.hash.slice(1)));
  if (stories.length < 10) problems.push(`the demo lists only ${stories.length} stories`);
  // One page, story after story through the hash, as a visitor clicks through the navigation.
  for (story of stories) {
    await page.evaluate(id => (location.hash = id), story);
    // Long enough for the mock backend's 250 ms answers and the render after them.
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 2000 }).catch(() => {});
    await new Promise(resolve => setTimeout(resolve, 150));
    const shown = await page.evaluate(() => document.title);
    if (!shown.includes('mentorship-widgets')) problems.push(`${story}: no story shown`);
  }
  console.log(`check-demo: ${stories.length} stories of the built demo shown in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await new Promise(resolve => server.httpServer.close(resolve));
}

if (problems.length) {
  console.error(`check-demo: the built demo logged ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-demo: no console errors, warnings or uncaught exceptions.');
