// `npm run size`: raw and gzip bytes of the CDN files, and of each tag's entry bundled and minified on
// its own (what a page pays for that one tag, Lit and the date helpers included). With --check, fails
// when the CDN bundle passes its budget. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

const BUDGET_BYTES = 30_000; // the CDN bundle's hard limit: 30 KB gzip (the goal is 25 KB)
const TAGS = ['mentor-schedule-card', 'mentor-list', 'mentor-agenda', 'mentorship-credits', 'mentorship-sessions', 'mentorship-provider'];
const CDN = ['mentorship-widgets', 'mentorship-sessions', 'memory-client', 'breathecode', 'calcom'];

const kb = bytes => `${(bytes / 1000).toFixed(2)} KB`;
const sizes = code => ({ raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });

/** One tag's entry as a single minified module, built in memory. */
async function bundleTag(tag) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyTemplateLiterals({ include: ['src/**/*.ts'] })],
    build: {
      write: false,
      lib: { entry: `src/components/${tag}/define.ts`, formats: ['es'], fileName: () => `${tag}.js` },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return output.output.map(chunk => chunk.code ?? '').join('');
}

if (!existsSync('dist/cdn/mentorship-widgets.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const rows = CDN.map(name => [`cdn/${name}.js`, sizes(readFileSync(`dist/cdn/${name}.js`))]);
for (const tag of TAGS) rows.push([`<${tag}> alone`, sizes(await bundleTag(tag))]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const [name, { raw, gzip }] of rows) console.log(`${name.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)}`);

const main = rows[0][1].gzip;
console.log(`\nCDN bundle: ${kb(main)} gzip; budget ${kb(BUDGET_BYTES)}, goal 25 KB.`);
if (process.argv.includes('--check') && main > BUDGET_BYTES) {
  console.error(`The CDN bundle is over its budget by ${kb(main - BUDGET_BYTES)}.`);
  process.exit(1);
}
