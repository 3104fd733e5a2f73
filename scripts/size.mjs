// `npm run size`: raw and gzip bytes of the CDN files, and of each tag's entry bundled and minified on
// its own (what a page pays for that one tag, Lit and the date helpers included). With --check, fails
// when the CDN bundle passes its budget. Run after `npm run build`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

const BUDGET_BYTES = 30_000; // the CDN bundle's hard limit: 30 KB gzip (the goal is 25 KB). Languages other than English load on demand, outside it.
const TAGS = ['mentor-schedule-card', 'mentor-list', 'mentor-agenda', 'mentorship-credits', 'mentorship-sessions', 'mentorship-provider'];
const CDN = ['mentorship-widgets', 'mentorship-sessions', 'memory-client', 'breathecode', 'calcom'];
/** CDN add-ons that register tags (the others add clients). */
const ADD_ON_TAGS = ['mentorship-sessions'];

const kb = bytes => `${(bytes / 1000).toFixed(2)} KB`;
const sizes = code => ({ raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });

/** An entry as a single minified module, built in memory the way the CDN file is. */
async function bundle(entry) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyTemplateLiterals({ include: ['src/**/*.ts'] })],
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
    },
  });
  return output.output.map(chunk => chunk.code ?? '').join('');
}

/**
 * What the CDN file would weigh if it also carried the add-on tags: every tag, Lit, both languages
 * and the HTTP client in one module. Printed so that the cost of "every tag in one file" stays visible.
 */
async function bundleEveryTag() {
  const folder = mkdtempSync(join(tmpdir(), 'mentorship-size-'));
  const file = join(folder, 'every-tag.js');
  const names = ['mentorship-widgets', ...ADD_ON_TAGS];
  writeFileSync(file, names.map(name => `export * from ${JSON.stringify(resolve(`src/cdn/${name}.ts`))};`).join('\n'));
  try {
    return await bundle(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (!existsSync('dist/cdn/mentorship-widgets.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const rows = CDN.map(name => [`cdn/${name}.js`, sizes(readFileSync(`dist/cdn/${name}.js`))]);
// Chunks the CDN files load on demand (the Spanish strings), by their unhashed name.
for (const file of readdirSync('dist/cdn').filter(file => !CDN.includes(file.replace(/\.js$/, '')))) {
  rows.push([`cdn/${file.replace(/-[\w-]{8}\.js$/, '-*.js')} (on demand)`, sizes(readFileSync(`dist/cdn/${file}`))]);
}
for (const tag of TAGS) rows.push([`<${tag}> alone`, sizes(await bundle(`src/components/${tag}/define.ts`))]);
rows.push(['every tag in one file', sizes(await bundleEveryTag())]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const [name, { raw, gzip }] of rows) console.log(`${name.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)}`);

const main = rows[0][1].gzip;
const all = rows.at(-1)[1].gzip;
console.log(`\nCDN bundle: ${kb(main)} gzip; budget ${kb(BUDGET_BYTES)}, goal 25 KB.`);
console.log(`Every tag in one file (the CDN bundle with ${ADD_ON_TAGS.join(', ')}): ${kb(all)} gzip.`);
if (process.argv.includes('--check') && main > BUDGET_BYTES) {
  console.error(`The CDN bundle is over its budget by ${kb(main - BUDGET_BYTES)}.`);
  process.exit(1);
}
