// The packed package at run time in a React 18, a React 19 and a Vue 3 project (check-package.mjs calls
// it with the consumer project the tarball is unpacked into): each app imports the package as users do
// (`mentorship-widgets`, `mentorship-widgets/react`, a tag's entry), is bundled, and runs in Chromium.
// Each must render the card, hand it the client as a property (React 18 alone would write the string
// "[object Object]" as an attribute) and hear `mentorship-booked` through its own way of listening.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium-path.mjs';
import { react18 } from './react18.mjs';

const REACT_APP = name => `import { createElement, version } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryClient } from '${name}';
import { MentorScheduleCard } from '${name}/react';
const client = createMemoryClient();
const heard = [];
const host = document.body.appendChild(document.createElement('div'));
createRoot(host).render(
  createElement(MentorScheduleCard, { client, service: 'geekpal-coding-mentorship', onMentorshipBooked: event => heard.push(event.type) }),
);
window.app = { version, client, heard };
`;

const VUE_APP = name => `import { createApp, h, version } from 'vue';
import { createMemoryClient } from '${name}';
import '${name}/mentor-schedule-card';
const client = createMemoryClient();
const heard = [];
const host = document.body.appendChild(document.createElement('div'));
createApp({
  render: () => h('mentor-schedule-card', { client, service: 'geekpal-coding-mentorship', onMentorshipBooked: event => heard.push(event.type) }),
}).mount(host);
window.app = { version, client, heard };
`;

/** What the page finds: the framework's version, the card drawn, its client the app's object, the event heard. */
async function probe(page) {
  await page.waitForFunction(() => document.querySelector('mentor-schedule-card')?.shadowRoot?.querySelector('button'), {
    timeout: 15_000,
  });
  return page.evaluate(() => {
    const card = document.querySelector('mentor-schedule-card');
    card.dispatchEvent(new CustomEvent('mentorship-booked', { bubbles: true, composed: true, detail: {} }));
    return {
      version: window.app.version,
      clientIsProperty: card.client === window.app.client,
      clientAttribute: card.getAttribute('client'),
      heard: window.app.heard,
    };
  });
}

/** @returns {Promise<string[]>} what does not hold, per framework. */
export async function checkFrameworks({ consumer, name }) {
  const react19 = Object.fromEntries(['react', 'react-dom', 'scheduler'].map(each => [each, resolve('node_modules', each)]));
  const projects = [
    { label: 'React 18', major: '18.', source: REACT_APP(name), alias: react18() },
    { label: 'React 19', major: '19.', source: REACT_APP(name), alias: react19 },
    { label: 'Vue 3', major: '3.', source: VUE_APP(name), alias: { vue: resolve('node_modules/vue') } },
  ];
  const problems = [];
  const bundles = new Map();
  // The apps live outside the repository, whose own package.json would answer the package's name with
  // its dist/ (Node's self-reference); their node_modules holds the tarball the consumer project unpacked.
  const scratch = mkdtempSync(join(tmpdir(), 'mentorship-apps-'));
  mkdirSync(join(scratch, 'node_modules'));
  symlinkSync(join(consumer, 'node_modules', name), join(scratch, 'node_modules', name), 'dir');
  for (const project of projects) {
    const folder = join(scratch, project.label.replace(' ', '-').toLowerCase());
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'main.js'), project.source);
    const result = await build({
      entryPoints: [join(folder, 'main.js')],
      bundle: true,
      format: 'esm',
      write: false,
      alias: project.alias,
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'silent',
      metafile: true,
    });
    // The package must come from the tarball, not from the repository's dist/.
    const fromTarball = Object.keys(result.metafile.inputs).some(input => resolve(input).startsWith(join(consumer, 'node_modules', name)));
    if (!fromTarball) problems.push(`${project.label}: the app did not bundle the package from the tarball`);
    bundles.set(project.label, result.outputFiles[0].text);
  }

  const server = createServer((request, response) => {
    const label = decodeURIComponent(request.url.slice(1).replace(/\.js$/, ''));
    if (request.url.endsWith('.js') && bundles.has(label))
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundles.get(label));
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><script type="module" src="/${encodeURIComponent(label)}.js"></script>`);
  });
  await new Promise(done => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    for (const project of projects) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', error => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/${encodeURIComponent(project.label)}`);
      try {
        const found = await probe(page);
        if (!String(found.version).startsWith(project.major)) problems.push(`${project.label}: the app ran on version ${found.version}`);
        if (!found.clientIsProperty)
          problems.push(`${project.label}: the card's client is not the app's (attribute: ${found.clientAttribute})`);
        if (found.heard.join() !== 'mentorship-booked')
          problems.push(`${project.label}: the app heard ${JSON.stringify(found.heard)}, not mentorship-booked once`);
      } catch (error) {
        problems.push(
          `${project.label}: the card never drew (${error.message})${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`,
        );
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return problems;
}
