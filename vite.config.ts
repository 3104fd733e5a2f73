import { defineConfig } from 'vite';

// `npm start` serves the demo (demo/index.html) with the MSW worker from public/;
// `npm run build:demo` writes it as a static site to dist-demo/.
export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  base: './',
  server: { port: 5173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
  },
});
