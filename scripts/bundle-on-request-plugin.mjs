// A test-runner plugin that serves `/__bundle__/<file>` as one ES module bundled by esbuild, for code
// the dev server cannot serve as is: React ships CommonJS only, and Vue's ESM build expects a bundler
// to define process.env.NODE_ENV. Tests import the demo's own framework examples this way.
// `/__bundle__/react18/<file>` bundles it with React 18 in place of the project's React 19.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const PREFIX = '/__bundle__/';
const REACT_18 = 'react18/';

/**
 * React 18 beside the project's React 19: npm cannot install both (react-dom 18 asks for react 18 as
 * a peer), so their packages are fetched from the registry once (`npm pack`) and unpacked here.
 */
function react18() {
  const folder = resolve('node_modules/.cache/react18');
  const packages = { react: 'react@18.3.1', 'react-dom': 'react-dom@18.3.1', scheduler: 'scheduler@0.23.2' };
  if (!Object.keys(packages).every(name => existsSync(join(folder, name, 'package.json')))) {
    mkdirSync(folder, { recursive: true });
    execFileSync('npm', ['pack', '--silent', '--pack-destination', folder, ...Object.values(packages)], { stdio: 'ignore' });
    for (const [name, spec] of Object.entries(packages)) {
      const tarball = readdirSync(folder).find(file => file.startsWith(`${spec.replace('@', '-')}`) && file.endsWith('.tgz'));
      mkdirSync(join(folder, name), { recursive: true });
      execFileSync('tar', ['-xzf', join(folder, tarball), '-C', join(folder, name), '--strip-components=1']);
    }
  }
  return Object.fromEntries(Object.keys(packages).map(name => [name, join(folder, name)]));
}

export function bundleOnRequestPlugin() {
  return {
    name: 'bundle-on-request',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      const with18 = file.startsWith(REACT_18);
      const result = await build({
        entryPoints: [with18 ? file.slice(REACT_18.length) : file],
        ...(with18 && { alias: react18() }),
        bundle: true,
        format: 'esm',
        write: false,
        sourcemap: 'inline',
        tsconfig: 'tsconfig.json',
        jsx: 'automatic',
        conditions: ['browser', 'development'],
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
