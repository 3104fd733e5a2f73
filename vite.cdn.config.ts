import { defineConfig } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

// `npm run build`, part 2: the CDN files (dist/cdn/). mentorship-widgets.js is self-contained: every
// tag, Lit, the date helpers and English; Spanish is a chunk beside it, fetched by relative URL the
// first time a component speaks it. The add-ons import the main file instead of repeating it:
// 'allow-extension' lets the shared code live in the main file rather than in a hashed chunk.
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplateLiterals({ include: ['src/**/*.ts'] })],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    lib: {
      entry: {
        'mentorship-widgets': 'src/cdn/mentorship-widgets.ts',
        'memory-client': 'src/cdn/memory-client.ts',
        breathecode: 'src/cdn/breathecode.ts',
        calcom: 'src/cdn/calcom.ts',
        'mentorship-sessions': 'src/cdn/mentorship-sessions.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      // Pure annotations help only a bundler, and this file is the end of the line.
      output: { minify: true, comments: { annotation: false } },
    },
  },
});
