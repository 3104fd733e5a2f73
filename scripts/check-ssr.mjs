// `npm test`: every tag renders on a server (@lit-labs/ssr, in Node, from dist/ as a framework's
// server build imports it): declarative shadow DOM with its first state — the loading skeleton, the
// collapsed card, the provider's slot — no error, nothing left unhandled, no "undefined" shown.
// Nothing is fetched on a server (a component loads once it is connected in the browser).
import { readdirSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

const problems = [];
process.on('unhandledRejection', error => problems.push(`unhandled rejection: ${error?.message ?? error}`));
process.on('uncaughtException', error => problems.push(`uncaught exception: ${error?.message ?? error}`));
const realFetch = globalThis.fetch;
globalThis.fetch = (input, ...rest) => {
  problems.push(`fetched ${input} while rendering on the server`);
  return realFetch(input, ...rest);
};

/** What each tag's first state must show: its own markup, not only styles. */
const FIRST_STATE = {
  'mentor-schedule-card': 'part="button open"',
  'mentorship-provider': '<slot',
};
const tags = readdirSync('dist/components');
if (tags.length < 9) problems.push(`dist/components has ${tags.length} tags: run \`npm run build\` first`);
for (const tag of tags) {
  try {
    await import(`../dist/components/${tag}/define.js`);
    const name = unsafeStatic(tag);
    const out = await collectResult(render(html`<${name} api-base="/api/"></${name}>`));
    const text = out.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
    if (!/<template shadowroot="open" shadowrootmode="open">/.test(out)) problems.push(`${tag}: no declarative shadow root`);
    const expected = FIRST_STATE[tag] ?? 'part="loading"';
    if (!text.includes(expected)) problems.push(`${tag}: its first state (${expected}) is not in ${JSON.stringify(text.slice(0, 200))}`);
    if (/\bundefined\b|\bNaN\b/.test(text)) problems.push(`${tag}: shows "undefined" or "NaN"`);
    console.log(`check-ssr: <${tag}> ${out.length} characters of HTML, its first state in declarative shadow DOM`);
  } catch (error) {
    problems.push(`${tag}: ${error.stack?.split('\n').slice(0, 3).join(' ') ?? error}`);
  }
}
// What a render may have started (a timer, a promise) has a moment to fail.
await new Promise(resolve => setTimeout(resolve, 300));
globalThis.fetch = realFetch;
if (problems.length) {
  console.error(`check-ssr: rendering on a server failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-ssr: all ${tags.length} tags render on a server.`);
