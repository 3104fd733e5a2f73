// `node scripts/check-demo.mjs` (run by `npm test`): builds the demo as it is published (dist-demo/),
// serves it, and shows every story in headless Chromium, failing on any console error or warning and
// any uncaught exception, and where a story does not show what its name says (CLAIMS: loading,
// backend down, empty, narrow, dark, regular meetings, BreatheCode's steps, the docs' pages and links). The one expected message is the browser's own network log of the "Backend
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

/**
 * What a story's name says, checked on what it shows (after the same wait). Each returns what is wrong,
 * or nothing: a tag story's tag is the first `mentor-*`/`mentorship-*` element in the story that is not
 * the provider; its words are read through its shadow root (and its nested tags').
 */
const TAG = `(() => {
  const deepText = root => [...root.childNodes].map(node => node.shadowRoot ? deepText(node.shadowRoot) + deepText(node) : node.nodeType === 3 ? node.textContent : node.childNodes ? deepText(node) : '').join(' ');
  const deep = (selector, root) => [...root.querySelectorAll(selector), ...[...root.querySelectorAll('*')].flatMap(element => element.shadowRoot ? deep(selector, element.shadowRoot) : [])];
  const tag = [...document.querySelectorAll('.story *')].find(element => /^mentor(ship)?-/.test(element.localName) && element.localName !== 'mentorship-provider');
  return { tag, text: tag ? deepText(tag.shadowRoot ?? tag).replace(/\\s+/g, ' ') : '', deep: selector => (tag?.shadowRoot ? deep(selector, tag.shadowRoot) : []) };
})()`;
const CLAIMS = [
  [/\/loading$/, `(() => { const { deep } = ${TAG}; return deep('[part~="loading"]').length ? '' : 'nothing loading'; })()`],
  [/\/error$/, `(() => { const { deep } = ${TAG}; return deep('[part="error"]').length ? '' : 'no error shown'; })()`],
  [
    /\/empty$/,
    `(() => { const { tag, text, deep } = ${TAG};
      if (deep('[part="error"]').length) return 'an error, not an empty state: ' + text.slice(0, 120);
      // Nothing from the full data set: no goal, session, mentor or balance of the demo's student.
      const real = ['Ship my final project', 'Ana García', 'Carlos Mendoza', '4 left', 'Monthly mentorships'].filter(words => text.includes(words) && !(tag.localName === 'mentor-agenda' && words === 'Ana García'));
      if (real.length) return 'real data shown: ' + real.join(', ');
      if (deep('[part~="stage-done"]').length) return 'stages done in an empty programme';
      if (/ran out/i.test(text) && /no mentoring sessions for this yet/i.test(text)) return 'says both that there are none and that they ran out';
      return ''; })()`,
  ],
  [
    /\/narrow$/,
    `(() => { const { tag } = ${TAG}; return tag.scrollWidth <= tag.clientWidth + 1 ? '' : 'wider than its 280 px: ' + tag.scrollWidth; })()`,
  ],
  [/\/dark$/, `(() => { const { tag } = ${TAG}; return getComputedStyle(tag).colorScheme.includes('dark') ? '' : 'not dark'; })()`],
  [
    /^series$/,
    `(() => { const card = document.querySelector('mentor-schedule-card'); const text = card?.shadowRoot?.textContent ?? ''; return /No sessions left/.test(text) ? 'opens at "No sessions left": Repeat cannot be shown' : ''; })()`,
  ],
  // A backend whose booking happens on the mentor's page: three steps counted, rows that say so.
  [
    /^adapters\/breathecode$/,
    `(async () => {
      const card = document.querySelector('mentor-schedule-card');
      const wait = async (find, what) => {
        for (let tries = 0; tries < 60; tries += 1) {
          const found = find();
          if (found) return found;
          await new Promise(resolve => setTimeout(resolve, 100));
        }
        throw new Error(what);
      };
      const count = () => card.shadowRoot.querySelector('.step-count')?.textContent.trim();
      try {
        (await wait(() => card.shadowRoot.querySelector('[part~="open"]'), 'no "Schedule a mentoring session"')).click();
        (await wait(() => card.shadowRoot.querySelector('[part="service"]'), 'no service to choose')).click();
        const row = await wait(() => card.shadowRoot.querySelector('mentor-list')?.shadowRoot?.querySelector('[part~="book"]'), 'no mentor');
        if (count() !== 'Step 2 of 3') return 'the mentor step says ' + count();
        if (!/^Book on .+'s calendar$/.test(row.getAttribute('aria-label'))) return 'a mentor row says ' + row.getAttribute('aria-label');
        row.click();
        await wait(() => card.shadowRoot.querySelector('mentor-agenda')?.shadowRoot?.querySelector('[part~="external"]'), 'no button to the mentor calendar page');
        return count() === 'Step 3 of 3' ? '' : 'the last step says ' + count();
      } catch (error) {
        return error.message;
      }
    })()`,
  ],
  // BreatheCode's mentor side: Ana's sessions, and the close form (opened on yesterday's) asks for a summary alone.
  [
    /^adapters\/breathecode-mentor$/,
    `(async () => {
      const desk = document.querySelector('mentor-desk');
      for (let tries = 0; tries < 60 && !desk.shadowRoot.querySelector('[part="session"], [part="error"]'); tries += 1) {
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      if (!desk.shadowRoot.textContent.includes('Grace Hopper')) return 'the desk shows no session of Ana';
      desk.shadowRoot.querySelectorAll('[part~="tab"]')[1].click();
      for (let tries = 0; tries < 60 && !desk.shadowRoot.querySelector('[part="report"] textarea'); tries += 1) {
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      const fields = [...desk.shadowRoot.querySelectorAll('[part="report"] textarea')].map(field => field.name);
      return fields.join() === 'summary' ? '' : 'the close form asks for ' + (fields.join(', ') || 'nothing');
    })()`,
  ],
  // Cal.com's mentor side: Ana's bookings as host on the desk, her schedule as hours, with no note asked.
  [
    /^adapters\/calcom-mentor$/,
    `(async () => {
      const desk = document.querySelector('mentor-desk');
      const hours = document.querySelector('mentor-availability');
      for (let tries = 0; tries < 60; tries += 1) {
        const loaded = desk.shadowRoot.querySelector('[part="session"]') && hours.shadowRoot.querySelector('[part~="add-time-off"]');
        if (loaded || desk.shadowRoot.querySelector('[part="error"]') || hours.shadowRoot.querySelector('[part="error"]')) break;
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      const text = desk.shadowRoot.textContent;
      if (!text.includes('Maya Chen')) return 'the desk shows no booking of Ana: ' + text.replace(/\\s+/g, ' ').slice(0, 160);
      if (!hours.shadowRoot.querySelector('[part~="add-time-off"]')) return 'the hours never loaded';
      hours.shadowRoot.querySelector('[part~="add-time-off"]').click();
      await hours.updateComplete;
      return hours.shadowRoot.querySelectorAll('[part="time-off"] .off input').length === 0 ? '' : 'a day off asks for a note Cal.com cannot keep';
    })()`,
  ],
  // A docs page shows its text, and every link to another page of docs/ leads to that page's story.
  [
    /^docs(\/|$)/,
    `(() => { const doc = document.querySelector('.demo-doc'); if (!doc?.querySelector('h1')) return 'no page shown';
      const dead = [...doc.querySelectorAll('a[href$=".md"], a[href*=".md#"]')].map(link => link.getAttribute('href'));
      const stories = new Set([...document.querySelectorAll('.demo-nav a')].map(link => link.hash));
      const lost = [...doc.querySelectorAll('a[href^="#docs"]')].map(link => link.getAttribute('href')).filter(hash => !stories.has(hash));
      return [...dead, ...lost].length ? 'links that lead nowhere: ' + [...dead, ...lost].join(', ') : ''; })()`,
  ],
  // A tag's reference page: its attributes and parts, from custom-elements.json.
  [
    /^docs\/reference\/[\w-]+$/,
    `(() => { const doc = document.querySelector('.demo-doc'); const tag = location.hash.split('/').pop();
      if (!doc.querySelector('h1').textContent.includes('<' + tag + '>')) return 'not the reference of <' + tag + '>';
      return doc.querySelectorAll('table').length ? '' : 'no table of attributes, events or parts'; })()`,
  ],
];

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
    for (const [pattern, check] of CLAIMS) {
      if (!pattern.test(story)) continue;
      const broken = await page.evaluate(check);
      if (broken) problems.push(`${story}: does not show what its name says: ${broken}`);
    }
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
