// `npm run chaos -- --sequences 2000 --seed 7`: the seeded chaos test (test/chaos/) run long, in
// headless Chromium. It prints its figures (sequences, backend calls, faults injected, violations)
// and the seed of any failing sequence; `--sequences 1 --seed <that seed>` replays one.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { sequences: { type: 'string', default: '500' }, seed: { type: 'string', default: '20261128' } } });
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, not "${value}".`);
    process.exit(2);
  }
}
const run = spawnSync('npx', ['web-test-runner', 'test/chaos/chaos.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CHAOS_SEQUENCES: values.sequences, CHAOS_SEED: values.seed },
});
process.exit(run.status ?? 1);
