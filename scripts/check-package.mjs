// Checks the package as a consumer gets it. The repository's files as a fresh clone has them (what
// git tracks, with today's changes, and no dist/) are packed with `npm pack` — its `prepack` builds —
// and the tarball is unpacked into a throwaway project's node_modules. That project resolves every
// `exports` entry (and its types), finds every module the manifest names, bundles with Vite keeping
// the tags' registrations while dropping unused code, and typechecks against the published types.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { checkFrameworks } from './consumer-frameworks.mjs';
import { forEachModuleReference } from './manifest-references.mjs';

const repository = resolve('.');
const cache = resolve('node_modules/.cache');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
const check = (ok, message) => ok || failures.push(message);

// A fresh clone: the tracked and new files as they are now, the installed dependencies, no build.
const clone = join(cache, 'fresh-clone');
rmSync(clone, { recursive: true, force: true });
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' });
for (const file of tracked.split('\0').filter(Boolean)) {
  if (!existsSync(file)) continue; // deleted in the working tree
  mkdirSync(dirname(join(clone, file)), { recursive: true });
  cpSync(file, join(clone, file));
}
symlinkSync(join(repository, 'node_modules'), join(clone, 'node_modules'), 'dir');
const packed = join(cache, 'packed');
rmSync(packed, { recursive: true, force: true });
mkdirSync(packed, { recursive: true });
// The build (prepack) prints before npm's JSON answer.
const packOutput = execFileSync('npm', ['pack', '--json', '--pack-destination', packed], {
  cwd: clone,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const [tarball] = JSON.parse(packOutput.slice(packOutput.lastIndexOf('\n[\n') + 1));
const shipped = tarball.files.map(file => file.path);
check(shipped.includes('dist/index.js'), 'npm pack from a fresh clone has no dist/ (is `prepack` building?)');
check(!shipped.some(file => file.endsWith('.map')), 'the package ships source maps that point at src/, which it does not ship');
check(!shipped.some(file => file.endsWith('.png')), 'the package ships screenshots');
console.log(
  `npm pack: ${shipped.length} files, ${(tarball.size / 1024).toFixed(0)} KB packed, ${(tarball.unpackedSize / 1024).toFixed(0)} KB unpacked.`,
);

// publint (package.json against the files) and Are the Types Wrong (the types each entry resolves to,
// for Node's ESM and for bundlers: the package is ESM only), on the tarball itself.
const tarballPath = join(packed, tarball.filename);
for (const [tool, args] of [
  ['publint', ['run', tarballPath, '--strict']],
  ['attw', [tarballPath, '--profile', 'esm-only', '--format', 'ascii']],
]) {
  try {
    execFileSync(join(repository, 'node_modules/.bin', tool), args, { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    failures.push(`${tool}:\n${error.stdout}${error.stderr}`);
  }
}

// The consumer: the tarball unpacked as its dependency (its own dependencies resolve from the repository's).
const consumer = join(cache, 'consumer');
rmSync(consumer, { recursive: true, force: true });
mkdirSync(join(consumer, 'node_modules'), { recursive: true });
execFileSync('tar', ['-xzf', join(packed, tarball.filename), '-C', join(consumer, 'node_modules')]);
renameSync(join(consumer, 'node_modules', 'package'), join(consumer, 'node_modules', pkg.name));
const root = join(consumer, 'node_modules', pkg.name);

// 0b. Every module the manifest names is in the package, and each tag's definition is exported.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const named = new Set();
forEachModuleReference(manifest.modules, (node, key) => named.add(node[key]));
for (const path of named) check(existsSync(join(root, path)), `custom-elements.json names ${path}, which the package does not have`);
const definitions = manifest.modules.flatMap(module => module.exports ?? []).filter(each => each.kind === 'custom-element-definition');
const tags = readdirSync(join(repository, 'src/components'));
check(
  tags.every(tag => definitions.some(each => each.name === tag)),
  `custom-elements.json defines ${definitions.map(each => each.name).join(', ')}, not every tag`,
);

// 0. Editors and tools find the manifest a consumer installs, not a scratch copy.
check(pkg.customElements === 'custom-elements.json', `package.json customElements is ${pkg.customElements}, not custom-elements.json`);
check(pkg.files?.includes('custom-elements.json'), 'package.json files leaves custom-elements.json out');

// 0c. The conformance kit's command, as `npx mentorship-widgets-conformance` runs it from the package.
const bin = pkg.bin?.['mentorship-widgets-conformance'];
check(bin && existsSync(join(root, bin)), `package.json bin mentorship-widgets-conformance is ${bin}, which the package does not have`);
if (bin && existsSync(join(root, bin))) {
  const help = spawnSync(process.execPath, [join(root, bin), '--help'], { encoding: 'utf8' });
  check(help.status === 0 && help.stderr.includes('--base URL'), `the conformance command's --help exits ${help.status}:\n${help.stderr}`);
}

// 1. Node's resolver, with the package's own exports map.
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (subpath.includes('*')) continue;
  // Types-only entries (the framework typings) have nothing to import at run time.
  if (typeof target === 'object' && !target.import && !target.default) {
    check(existsSync(join(root, target.types)), `${subpath}: types ${target.types} missing`);
    continue;
  }
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const resolved = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`],
    {
      cwd: consumer,
      encoding: 'utf8',
    },
  ).trim();
  check(existsSync(fileURLToPath(resolved)), `${specifier} resolves to a missing file: ${resolved}`);
  if (typeof target === 'object' && target.types)
    check(existsSync(join(root, target.types)), `${specifier}: types ${target.types} missing`);
}

// 2. A bundler: registrations survive, unused adapters do not.
writeFileSync(
  join(consumer, 'main.js'),
  `import { createHttpClient } from '${pkg.name}';\nimport '${pkg.name}/mentor-list';\nwindow.client = createHttpClient({ baseUrl: '/api' });\n`,
);
const [bundle] = await build({
  root: consumer,
  configFile: false,
  logLevel: 'silent',
  build: { write: false, minify: false, lib: { entry: join(consumer, 'main.js'), formats: ['es'], fileName: () => 'app.js' } },
});
const code = bundle.output.map(chunk => chunk.code ?? '').join('\n');
for (const tag of ['mentor-list', 'mentor-schedule-card', 'mentorship-provider']) {
  check(new RegExp(`defineElement\\(["'\`]${tag}["'\`]`).test(code), `the consumer bundle does not register <${tag}>`);
}
check(!code.includes('mentorship_service_sets'), 'the consumer bundle kept the unused BreatheCode adapter');

// 3. TypeScript, resolving types through the exports map.
writeFileSync(
  join(consumer, 'app.ts'),
  `import { createMemoryClient, type MentorshipClient, type BookedEvent } from '${pkg.name}';
import { MentorList } from '${pkg.name}/mentor-list';
import { CardHarness } from '${pkg.name}/testing';
const client: MentorshipClient = createMemoryClient();
export const booked: Promise<string> = new CardHarness(document.createElement('mentor-schedule-card')).bookFirstFreeTime('GeekPal', 'Ana García');
const list: MentorList = document.createElement('mentor-list');
list.client = client;
list.service = 'geekpal-coding-mentorship';
document.addEventListener('mentorship-booked', (event: BookedEvent) => console.log(event.detail.session.id));
`,
);
writeFileSync(
  join(consumer, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'ESNext',
      moduleResolution: 'Bundler',
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
      skipLibCheck: false,
      jsx: 'react-jsx',
    },
    files: ['app.ts', 'react-app.tsx', 'vue-app.ts'],
  }),
);
// React 19 and Vue 3 usages, against the package's framework typings (and nothing copied).
writeFileSync(
  join(consumer, 'react-app.tsx'),
  `import type {} from '${pkg.name}/react';
import { createMemoryClient } from '${pkg.name}';
export const app = (
  <mentorship-provider client={createMemoryClient()} locale="es">
    <mentor-schedule-card service="geekpal" open={false} onmentorship-booked={event => console.log(event.detail.session.startsAt)} />
    <mentorship-sessions view="upcoming" onmentorship-canceled={event => console.log(event.detail.session.id)} />
  </mentorship-provider>
);
// @ts-expect-error: not a property of the card
export const wrong = <mentor-schedule-card service={42} />;
`,
);
writeFileSync(
  join(consumer, 'vue-app.ts'),
  `import type {} from '${pkg.name}/vue';
import type { GlobalComponents } from 'vue';
type CardProps = InstanceType<GlobalComponents['mentor-schedule-card']>['$props'];
export const props: CardProps = { service: 'geekpal', 'onMentorship-booked': event => console.log(event.detail.session.id) };
// @ts-expect-error: the card's service is a slug
export const wrong: CardProps = { service: 42 };
// A listener is typed by its event: the wrong event type, or a field its detail lacks, is an error
// (Volar checks \`@mentorship-booked\` in a template against these same props).
// @ts-expect-error: a booked event is no mouse event
export const wrongHandler: CardProps = { 'onMentorship-booked': (event: MouseEvent) => console.log(event.clientX) };
// @ts-expect-error: a booked event's detail has no such field
export const wrongDetail: CardProps = { 'onMentorship-booked': event => console.log(event.detail.nothing) };
type DeskProps = InstanceType<GlobalComponents['mentor-desk']>['$props'];
export const desk: DeskProps = { view: 'past', 'onMentorship-report-sent': event => console.log(event.detail.session.report?.attendance) };
`,
);
try {
  execFileSync(join(repository, 'node_modules/.bin/tsc'), ['-p', join(consumer, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
} catch (error) {
  failures.push(`TypeScript in a consumer project:\n${error.stdout}${error.stderr}`);
}

// 4. At run time: the tarball's React components in React 18 and 19, its tags in Vue 3, in Chromium
// (before the consumer project, which holds the tarball, is removed).
failures.push(...(await checkFrameworks({ consumer, name: pkg.name })));

rmSync(consumer, { recursive: true, force: true });
rmSync(clone, { recursive: true, force: true });

if (failures.length) {
  console.error(`The package does not work from a consumer project:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('The package resolves, bundles and typechecks from a consumer project.');
