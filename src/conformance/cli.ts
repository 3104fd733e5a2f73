/**
 * `npx mentorship-widgets-conformance --base https://lms.example/api --token …`: runs the REST
 * contract's checks against a backend with the test accounts given, prints the report, and exits 1 when
 * a check fails (0 when none does, 2 for a usage error). Built to dist/conformance/cli.js with the
 * contract's shapes beside it (contract.json, from docs/openapi.yaml).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport } from './report.js';
import { runConformance } from './run.js';
import type { Contract } from './schema.js';

const USAGE = `Usage: mentorship-widgets-conformance --base URL --token TOKEN [options]

Runs the mentorship widgets' REST contract against your backend and reports, per capability, what
holds and what does not (each failure with its request and answer). It books and cancels sessions,
saves and drops a goal: use test accounts.

  --base URL                     the contract's base URL (what api-base points at)
  --token TOKEN                  a test student with 2 or more credits for a 1-1 service
  --mentor-token TOKEN           a test mentor (the mentor's routes; skipped without it)
  --token-without-credits TOKEN  a test student with no credits (402, another's goal)
  --language CODE                Accept-Language (default en)
  --json                         the report as JSON
  --help

Tokens may come from the environment instead: CONFORMANCE_TOKEN, CONFORMANCE_MENTOR_TOKEN,
CONFORMANCE_TOKEN_WITHOUT_CREDITS.`;

function usage(problem?: string): never {
  if (problem) console.error(`${problem}\n`);
  console.error(USAGE);
  process.exit(problem ? 2 : 0);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      base: { type: 'string' },
      token: { type: 'string' },
      'mentor-token': { type: 'string' },
      'token-without-credits': { type: 'string' },
      language: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) usage();
const env = process.env;
const base = values.base as string | undefined;
const token = (values.token as string | undefined) ?? env.CONFORMANCE_TOKEN;
if (!base || !/^https?:\/\//.test(base)) usage('--base must be the http(s) URL of your contract, e.g. https://lms.example/api/mentorship');
if (!token) usage('--token (or CONFORMANCE_TOKEN) is required: a test student with credits');

const contract = JSON.parse(readFileSync(new URL('./contract.json', import.meta.url), 'utf8')) as Contract;
try {
  const report = await runConformance({
    base,
    token,
    mentorToken: (values['mentor-token'] as string | undefined) ?? env.CONFORMANCE_MENTOR_TOKEN,
    tokenWithoutCredits: (values['token-without-credits'] as string | undefined) ?? env.CONFORMANCE_TOKEN_WITHOUT_CREDITS,
    language: values.language as string | undefined,
    contract,
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.results.some(result => result.outcome === 'fail') ? 1 : 0;
} catch (error) {
  // The backend could not be reached at all (a wrong URL, no network): no report to give.
  console.error(`Could not run the checks against ${base}: ${(error as Error).message}`);
  process.exitCode = 2;
}
