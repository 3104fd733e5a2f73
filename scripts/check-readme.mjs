/* global __deep, __press, __until -- defined in the page by HELPERS, below */
// `node scripts/check-readme.mjs` (run by `npm test`): every HTML snippet of the README and of docs/ runs as written
// on a plain page — the page `npm run mock-api` serves, with the CDN script (which the snippets that
// lack it say is on the page already; its jsDelivr URL is served from dist/cdn/ here, offline) —, in
// headless Chromium: each tag in it draws its content (no error state, no skeleton left) and the
// console stays clean. The first page (examples/first-page.html, the README's "Try it") books a session
// with the mouse, start to "You're booked!". An LMS's login is played by the storage the snippets read
// their token from.
import { readdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { startMockApiServer } from './mock-api-server.mjs';
import { HELPERS } from './page-helpers.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(`Chromium not found. Install it: ${INSTALL_HINT}`);
  process.exit(1);
}

const CDN = 'https://cdn.jsdelivr.net/npm/mentorship-widgets@0.1.0/dist/cdn/';
// The README and every hand-written page of docs/ (the generated reference has no snippets).
const files = [
  'README.md',
  ...readdirSync('docs')
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`),
];
const snippets = files.flatMap(file => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```html\n([\s\S]*?)^```/gm)].map(match => ({
    where: `${file} line ${text.slice(0, match.index).split('\n').length}`,
    html: match[1],
  }));
});
if (snippets.filter(snippet => snippet.where.startsWith('README.md')).length < 3)
  throw new Error('check-readme: fewer than 3 HTML snippets found in the README');

/** A snippet as the page it runs on: the CDN script first where the snippet does not load it itself. */
const pageOf = html =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README snippet</title>
${html.includes(CDN) ? '' : `<script type="module" src="${CDN}mentorship-widgets.js"></script>`}</head>
<body>${html}</body></html>`.replaceAll(CDN, '/cdn/');

const server = await startMockApiServer(0);
const origin = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
const problems = [];
const started = performance.now();

/** Opens `html` (a path or a page's source) and waits until every tag on it has drawn its content. */
async function run(name, source) {
  const page = await browser.newPage();
  page.on('console', message => {
    if (['error', 'warn', 'warning'].includes(message.type())) problems.push(`${name}: console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`${name}: uncaught ${error.message}`));
  // The LMS's login, which the snippets' getToken reads.
  await page.evaluateOnNewDocument(() => {
    localStorage.setItem('lms-token', 'demo-student');
    localStorage.setItem('lms-mentor-token', 'ana-garcia');
  });
  if (source.startsWith('/')) await page.goto(origin + source);
  else {
    await page.setRequestInterception(true);
    page.on('request', request =>
      request.url() === `${origin}/snippet` ? request.respond({ contentType: 'text/html', body: source }) : request.continue(),
    );
    await page.goto(`${origin}/snippet`);
  }
  await page.evaluate(HELPERS);
  const unfinished = await page.evaluate(async () => {
    const tags = () =>
      __deep('*').filter(element => /^(mentor|mentorship)-/.test(element.localName) && element.localName !== 'mentorship-provider');
    for (let tries = 0; tries < 100; tries += 1) {
      const waiting = tags().filter(
        tag => !tag.shadowRoot || tag.shadowRoot.querySelector('[part~="loading"]') || !tag.shadowRoot.textContent.trim(),
      );
      if (tags().length && !waiting.length) break;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    return tags()
      .filter(
        tag => !tag.shadowRoot || tag.shadowRoot.querySelector('[part~="loading"], [part="error"]') || !tag.shadowRoot.textContent.trim(),
      )
      .map(tag => `<${tag.localName}>: ${tag.shadowRoot?.querySelector('[part="error"]')?.textContent.trim() || 'never drawn'}`)
      .concat(tags().length ? [] : ['no tag on the page']);
  });
  for (const each of unfinished) problems.push(`${name}: ${each}`);
  return page;
}

try {
  for (const { where, html } of snippets) await (await run(where, pageOf(html))).close();

  // The first page: a session booked with the mouse, as a newcomer does.
  const page = await run('examples/first-page.html', '/');
  await page
    .evaluate(async () => {
      await __press('[part~="open"]');
      await __press('[part="service"]');
      await __press('[part~="book"]');
      await __press('[part~="slot"]');
      await __until('[part="summary"]');
      await __press('[part~="confirm"]');
      await __until('[part~="done"]');
    })
    .catch(async error => {
      const shown = await page.evaluate(() => __deep('mentor-schedule-card')[0]?.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
      problems.push(`examples/first-page.html: booking: ${error.message.split('\n')[0]} — the card shows: ${shown}`);
    });
  await page.close();
  console.log(
    `check-readme: ${snippets.length} snippets (README and docs/) and the first page run on a plain page in ${((performance.now() - started) / 1000).toFixed(0)} s; a session booked on it.`,
  );
} finally {
  await browser.close();
  server.close();
}

if (problems.length) {
  console.error(`check-readme: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
