import { defineConfig, type Plugin } from 'vite';
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
  /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|src[\\/](cdn[\\/](mentorship-widgets|autoloader)|context|events|styles|components[\\/]mentorship-provider|client[\\/](?!memory|adapters|compose|settle)|i18n[\\/](?!es|en[\\/](?!core)|en\.ts)|internal[\\/](?!zoned-time|ics|time-zone-select|search|ids)|controllers[\\/](?!progressive|booking))/;

/**
 * Tells the autoloader which chunks each tag's chunk imports (see `__TAG_CHUNK_IMPORTS__` in
 * src/cdn/autoloader.ts), so it fetches them together: the browser would find them only once the tag's
 * chunk had arrived, one round trip later.
 */
function tagChunkImports(): Plugin {
  return {
    name: 'tag-chunk-imports',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(output => output.type === 'chunk');
      const byFile = new Map(chunks.map(chunk => [chunk.fileName, chunk]));
      const main = byFile.get('mentorship-widgets.js')!;
      const imports: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const tag = chunk.moduleIds.map(id => id.match(/components[\\/]([\w-]+)[\\/]define\.ts$/)?.[1]).find(Boolean);
        if (!tag || chunk === main) continue;
        const seen = new Set<string>();
        const visit = (file: string) => {
          for (const next of byFile.get(file)?.imports ?? []) {
            if (next === main.fileName || seen.has(next)) continue;
            seen.add(next);
            visit(next);
          }
        };
        visit(chunk.fileName);
        if (seen.size) imports[tag] = [...seen].map(file => `./${file}`);
      }
      main.code = main.code.replaceAll('__TAG_CHUNK_IMPORTS__', JSON.stringify(imports));
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplateLiterals({ include: ['src/**/*.ts'] }), tagChunkImports()],
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
