/**
 * Renders every tag with Lit's SSR, as a framework's server does — each inside the README's
 * `<mentorship-provider>` with an `api-base` — and prints them as JSON, by tag (declarative shadow
 * DOM). Bundled for Node and run in a process of its own by web-test-runner.config.mjs (Lit's server DOM
 * shim stays out of the runner's), which serves the result at `/ssr/tags` for test/ssr/hydrate.test.ts.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';

/** Each tag as a page writes it (the attributes the size script's pages give it). */
export const SERVER_RENDERED: Record<string, string> = {
  'mentor-schedule-card': '',
  'mentorship-credits': '',
  'mentor-list': 'service="geekpal-coding-mentorship"',
  'mentor-agenda': 'mentor="ana-garcia" service="geekpal-coding-mentorship"',
  'mentorship-sessions': '',
  'mentorship-goals': '',
  'mentorship-intake': '',
  'mentorship-journey': '',
  'mentor-desk': '',
  'mentor-availability': 'mentor="ana-garcia"',
};

const apiBase = process.argv[2] ?? '/api';
const rendered: Record<string, string> = {};
for (const [tag, attributes] of Object.entries(SERVER_RENDERED)) {
  const markup = `<mentorship-provider api-base="${apiBase}" time-zone="America/Bogota" locale="en"><${tag} ${attributes}></${tag}></mentorship-provider>`;
  rendered[tag] = await collectResult(render(html`${unsafeStatic(markup)}`));
}
process.stdout.write(JSON.stringify(rendered));
