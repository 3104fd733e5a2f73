// `npm run build`, last part: the conformance kit's command (src/conformance/cli.ts) bundled for Node
// as dist/conformance/cli.js, and the contract's shapes it checks answers against (docs/openapi.yaml,
// as JSON) beside it, so the command needs no YAML parser and no dependency at run time.
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

mkdirSync('dist/conformance', { recursive: true });
const contract = parse(readFileSync('docs/openapi.yaml', 'utf8'));
writeFileSync('dist/conformance/contract.json', JSON.stringify({ paths: contract.paths, components: contract.components }));
buildSync({
  entryPoints: ['src/conformance/cli.ts'],
  outfile: 'dist/conformance/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
