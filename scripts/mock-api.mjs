// The REST contract's backend for the measuring scripts (size.mjs, cold-load.mjs) and the strict-CSP
// test page: the demo's own (demo/mocks/node.ts — its MSW handlers over the demo's data, through real
// sockets), bundled for Node here. The pages use the library's HTTP client against it, as an LMS page
// does, so nothing but the library's files is fetched.
import { buildSync } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/mentorship-scripts/demo-api.mjs';
buildSync({
  entryPoints: ['demo/mocks/node.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['msw'],
  outfile,
  logLevel: 'warning',
});
const { createDemoApi } = await import(pathToFileURL(outfile).href);

/**
 * Answers `/api/…` (or `base`'s paths) with the demo's data (a fresh store each); returns false for any
 * other path.
 */
export const createMockApi = (options = {}) => createDemoApi(options);
