#!/usr/bin/env node
// `npm run lint`: ESLint (typescript-eslint with type information, lit, wc, lit-a11y, compat against
// the README's browsers), lit-analyzer (template bindings against the elements' types) and Prettier's
// check — zero warnings. The linters live in tools/lint/ with the TypeScript 5 their plugins load
// (this package builds with TypeScript 7, which has no JavaScript API for them yet); this script
// installs them there the first time, and again when their lockfile changes.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, 'tools', 'lint');
const bin = name => join(tools, 'node_modules', '.bin', name);
const fix = process.argv.includes('--fix');

function run(command, args, cwd = root) {
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  return status === 0;
}

const installed = join(tools, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(tools, 'package-lock.json')).mtimeMs) {
  console.log('Installing the linters in tools/lint/ …');
  if (!run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], tools)) process.exit(1);
}

const checks = [
  ['ESLint', bin('eslint'), ['--config', join(tools, 'eslint.config.js'), '--max-warnings', '0', ...(fix ? ['--fix'] : []), '.']],
  [
    'lit-analyzer',
    bin('lit-analyzer'),
    [
      'src',
      '--strict',
      '--maxWarnings',
      '0',
      // Its CSS data predates container queries, `color-scheme` and `content-visibility`.
      '--rules.no-invalid-css',
      'off',
      // It reads our elements' properties but not the attributes of `static properties`; the
      // manifest test checks every attribute against custom-elements.json instead.
      '--rules.no-unknown-attribute',
      'off',
    ],
  ],
  ['Prettier', bin('prettier'), [fix ? '--write' : '--check', '--log-level', 'warn', '.']],
];

let failed = [];
for (const [name, command, args] of checks) {
  if (!run(command, args)) failed.push(name);
}
if (failed.length) {
  console.error(`lint: ${failed.join(', ')} found problems${fix ? '' : ' (npm run lint -- --fix mends what it can)'}.`);
  process.exit(1);
}
console.log('lint: ESLint, lit-analyzer and Prettier found nothing.');
