import { defineConfig } from 'vite';

// `npm run build`, part 3: dist/cdn/en.js, the whole English catalog as one self-contained file (see
// src/cdn/en.ts). Built apart from the CDN files so that their English parts stay with their tags.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: { entry: { en: 'src/cdn/en.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
  },
});
