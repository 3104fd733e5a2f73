import { defineConfig, type Plugin } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

// `npm run build`, part 2: the CDN files (dist/cdn/). mentorship-widgets.js is the one script a page
// adds: it knows every tag and fetches a tag's chunk the first time the page uses it (src/cdn/
// autoloader.ts); chunks load by relative URL, so the folder can be copied anywhere. Spanish is a chunk
// too. The add-ons (memory-client.js, breathecode.js, calcom.js) import the main file and the core chunk.
/**
 * What every tag needs, carried by the main file: Lit, the base element and its controllers, the
 * HTTP client, the English every tag says and the event classes the main file exports (an event only
 * some tags announce comes with their code). The provider (and the cache it puts in front of its
 * client) is a tag like the others: a page with only the card does not fetch it. One file rather
 * than a dozen small chunks: each file costs a request, and gzip compresses files apart (a split into
 * 16 files cost 6 KB). Base modules, utils and controllers are listed by name: a new one stays out
 * of the main file (with the tag that uses it) unless every tag needs it. Left out: the tags (a chunk
 * each, plus the card's open flow) and what only some of them use (the write path, the agenda's
 * progressive rendering and zone picker, search, the .ics writer, calendar days, the HTTP calls only some pages make, other languages,
 * English other than every tag's).
 */
const CORE =
  /rolldown[\\/]runtime|node_modules[\\/]((lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|@lit[\\/]context[\\/]lib[\\/](?!controllers[\\/]context-provider|value-notifier))|src[\\/](cdn[\\/](mentorship-widgets|autoloader)|context|events[\\/]mentorship-event|styles|client[\\/](?!memory|adapters|compose|settle|cache\.|methods|method-contract|http-more|http-goals|http-profile|http-program)|i18n[\\/](?!es|en[\\/](?!core)|en\.ts)|base[\\/](mentorship-element|states|avatar|context-root)\.|utils[\\/](bidi|clock|define|dom|intl|lazy|time|url)\.|controllers[\\/](client|localize|time-zone|load|on-return|refresh-on-change)\.)/;

/** The tag whose define.ts a chunk holds (its chunk is named for it), if any. */
function tagOf(chunk: { moduleIds: readonly string[] }): string | undefined {
  return chunk.moduleIds.map(id => id.match(/components[\\/]([\w-]+)[\\/]define\.ts$/)?.[1]).find(Boolean);
}

/** Tags whose chunk a tag fetches as soon as it runs (see mentor-schedule-card.ts). */
const RENDERED_WITH: Record<string, string[]> = { 'mentor-schedule-card': ['mentorship-credits'] };

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
        const tag = tagOf(chunk);
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
        // A tag this one always renders, imported dynamically (the card's credits), comes along too;
        // not one it may load later (the sessions' agenda, to move a session).
        for (const next of chunk.dynamicImports) {
          const other = tagOf(byFile.get(next)!);
          if (!other || !RENDERED_WITH[tag]?.includes(other) || seen.has(next)) continue;
          seen.add(next);
          visit(next);
        }
        if (seen.size) imports[tag] = [...seen].map(file => `./${file}`);
      }
      // The source guards the name for builds without this plugin: here the guard goes with it.
      const json = JSON.stringify(imports);
      const guarded = /typeof __TAG_CHUNK_IMPORTS__\s*={2,3}\s*[`'"]object[`'"]\s*\?\s*__TAG_CHUNK_IMPORTS__\s*:\s*\{\s*\}/;
      main.code = guarded.test(main.code) ? main.code.replace(guarded, json) : main.code.replaceAll('__TAG_CHUNK_IMPORTS__', json);
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
        codeSplitting: {
          groups: [
            { name: 'core', test: CORE },
            // The provider with the cache it puts in front of its client (and the method table it reads).
            { name: 'provider', test: /components[\\/]mentorship-provider[\\/]|client[\\/](cache|methods)\.ts/ },
            // The small pieces two or more lazy tags share: the write path, calendar days and what a
            // capability offers (agenda, sessions, goals, intake, the card's steps) in one chunk rather than one each; the clock's ticks, calendar
            // day counts and the calendar download (the list, sessions and the card's steps) in another,
            // which the agenda does not fetch.
            {
              name: 'shared',
              test: /src[\\/](utils[\\/](days|ids)|controllers[\\/]write|client[\\/]settle|base[\\/]offered)\.ts/,
            },
            // A series' "this and the following" goes with them (the sessions and the memory store read it).
            { name: 'timeline', test: /src[\\/](utils[\\/](calendar-(download|days)|series)|controllers[\\/]ticker)\.ts/ },
            // Search goes with the list, which the card's steps load anyway; the agenda's zone picker
            // fetches it from there when a student opens it.
            { name: 'mentor-list', test: /src[\\/](utils[\\/]search\.ts|components[\\/]mentor-list[\\/])/ },
          ],
        },
        // A tag's chunk is named for its tag (chunks/mentor-list.js), so a page's network log reads plainly.
        // No content hash: the main file names every chunk, and random hashes do not compress (0.2 KB of
        // the collapsed card, 0.35 KB of the flow). The folder is served under a versioned path instead
        // (README, "From a CDN, no bundler"); chunks/ keeps them apart from the entry files (mentorship-sessions.js).
        chunkFileNames: chunk => {
          if (chunk.name === 'core') return 'chunks/[name].js';
          return `chunks/${tagOf(chunk) ?? '[name]'}.js`;
        },
      },
    },
  },
});
