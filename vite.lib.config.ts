import { defineConfig } from 'vite';

// `npm run build`, part 1: ES modules for bundlers (dist/), one file per source module so the only
// files with side effects are the tags' define.js — exactly what package.json's `sideEffects` lists.
// Lit and React stay external: the consumer's bundler shares them with the app.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    // The first step of the build starts from an empty dist/: a module renamed or removed leaves no
    // stale file behind to be packed (the type declarations and the CDN files are written after).
    emptyOutDir: true,
    copyPublicDir: false,
    // Readable modules, one per source file: no source maps, which would point at src/ (not shipped).
    minify: false,
    sourcemap: false,
    // The package's entry, the page objects shipped for users' tests (mentorship-widgets/testing) and
    // the React components (mentorship-widgets/react).
    lib: { entry: ['src/index.ts', 'src/testing/index.ts', 'src/frameworks/react.ts'], formats: ['es'] },
    rolldownOptions: {
      // React is the app's own (the React components take it as a peer).
      external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
