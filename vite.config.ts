import { defineConfig } from 'vite';

// `npm start` serves the demo (demo/index.html) with the MSW worker from public/;
// `npm run build:demo` writes it as a static site to dist-demo/.
export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  base: './',
  server: { port: 5173 },
  // Vue's esm-bundler build asks the bundler for its feature flags (the Vue example story).
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
  },
});
