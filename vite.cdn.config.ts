import { defineConfig } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

// `npm run build`, part 2: the CDN files (dist/cdn/). mentorship-widgets.js is the one script a page
// adds: it knows every tag and fetches a tag's chunk the first time the page uses it (src/cdn/
// autoloader.ts); chunks load by relative URL, so the folder can be copied anywhere. Spanish is a chunk
// too. The add-ons (memory-client.js, breathecode.js, calcom.js) import the main file and the core chunk.
/**
 * The chunk every tag imports: Lit, the base element and its controllers, the provider, the HTTP
 * client and English. One file rather than a dozen small ones: each file costs a
 * request and gzip compresses files apart (a split into 16 files cost 6 KB). Left out: the tags (a
 * chunk each, plus the card's steps) and what only some of them use (the write path, the agenda's
 * progressive rendering and zone picker, search, the .ics writer, wall-clock arithmetic, other languages).
 */
const CORE =
  /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](context|events|styles|components[\\/]mentorship-provider|client[\\/](?!memory|adapters|compose|settle)|i18n[\\/](?!es)|internal[\\/](?!zoned-time|ics|time-zone-select|search|ids)|controllers[\\/](?!progressive|booking))/;

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
      output: {
        minify: true,
        comments: { annotation: false },
        codeSplitting: { groups: [{ name: 'core', test: CORE }] },
        // A tag's chunk is named for its tag (mentor-list-…js), so a page's network log reads plainly.
        chunkFileNames: chunk => {
          if (chunk.name === 'core') return '[name]-[hash].js';
          const define = chunk.moduleIds.map(id => id.match(/components[\\/]([\w-]+)[\\/]define\.ts$/)).find(Boolean);
          const tag = define?.[1];
          return `${tag ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
});
