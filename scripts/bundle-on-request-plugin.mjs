// A test-runner plugin that serves `/__bundle__/<file>` as one ES module bundled by esbuild, for code
// the dev server cannot serve as is: React ships CommonJS only, and Vue's ESM build expects a bundler
// to define process.env.NODE_ENV. Tests import the demo's own framework examples this way.
// `/__bundle__/react18/<file>` bundles it with React 18 in place of the project's React 19.
import { build } from 'esbuild';
import { react18 } from './react18.mjs';

const PREFIX = '/__bundle__/';
const REACT_18 = 'react18/';

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
