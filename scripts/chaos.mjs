// `npm run chaos -- --sequences 2000 --seed 7`: the seeded chaos test (test/chaos/) run long, in
// headless Chromium. It prints its figures (sequences, backend calls, faults injected, violations)
// and the seed of any failing sequence; `--sequences 1 --seed <that seed>` replays one. `--http` runs
// the chaos over real HTTP instead (test/chaos/http-chaos.test.ts for bookings, series, moves and
// cancels; http-forms-chaos.test.ts for goals, check-ins, the intake and closing: the HTTP client
// against the contract server in Node, with transport faults on every write; calcom-chaos.test.ts for
// Cal.com's adapter composed with the LMS's client, against a Cal.com-like server beside it).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { sequences: { type: 'string', default: '500' }, seed: { type: 'string' }, http: { type: 'boolean', default: false } },
});
const { http, ...numbers } = values;
for (const [name, value] of Object.entries(numbers)) {
  if (value !== undefined && !/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, not "${value}".`);
    process.exit(2);
  }
}
const files = http
  ? ['test/chaos/http-chaos.test.ts', 'test/chaos/http-forms-chaos.test.ts', 'test/chaos/calcom-chaos.test.ts']
  : ['test/chaos/chaos.test.ts'];
const run = spawnSync('npx', ['web-test-runner', ...files], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CHAOS_SEQUENCES: numbers.sequences,
    CHAOS_SEED: numbers.seed ?? (http ? '20261204' : '20261128'),
    CHAOS_HTTP: http ? '1' : '',
  },
});
process.exit(run.status ?? 1);
