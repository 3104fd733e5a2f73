// Fails when the committed custom-elements.json is not what the analyzer makes of src/ today.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceFiles, staleReference } from './api-docs.mjs';
import { editorData } from './editor-data.mjs';

// The analyzer resolves --outdir against the working directory, so the scratch copy stays inside.
const outdir = join('node_modules', '.cache', 'cem-check');
// With --outdir the analyzer also points package.json's `customElements` at the scratch copy: put it back.
const packageJson = readFileSync('package.json', 'utf8');
try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', outdir, '--quiet'], { stdio: 'inherit' });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // A missing manifest is stale too; reported below.
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  const stale = staleReference(referenceFiles(JSON.parse(fresh)));
  if (stale.length) {
    console.error(
      `The tag reference (docs/reference/) does not match custom-elements.json: ${stale.join('; ')}. Run \`npm run docs\` and commit the result.`,
    );
    process.exit(1);
  }
  for (const [file, text] of Object.entries(editorData(JSON.parse(fresh)))) {
    let committedData = '';
    try {
      committedData = readFileSync(file, 'utf8');
    } catch {
      // Missing is stale.
    }
    if (committedData !== text) {
      console.error(`${file} is stale: run \`npm run docs\` and commit the result.`);
      process.exit(1);
    }
  }
  console.log('custom-elements.json, the tag reference (docs/reference/) and the editor data are fresh.');
} finally {
  writeFileSync('package.json', packageJson);
  rmSync(outdir, { recursive: true, force: true });
}
