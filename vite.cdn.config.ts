import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

// `npm run build`, part 2: the CDN files (dist/cdn/). mentorship-widgets.js is the one script a page
// adds: it knows every tag and fetches a tag's chunk the first time the page uses it (src/cdn/
// autoloader.ts); chunks load by relative URL, so the folder can be copied anywhere. Spanish is a chunk
// too. The add-ons (memory-client.js, breathecode.js, calcom.js) import the main file.

const SRC = resolve('src');
const SRC_COMPONENTS = join(SRC, 'components');
const MAIN_ENTRY = join(SRC, 'cdn', 'mentorship-widgets.ts');
/**
 * What goes in the main file, from the module graph rather than a list of files, so a new module
 * lands right without anyone editing this: the entry's own graph, and every module of src/ that most
 * tags import for their first render (half of components/* or more). The entry's graph is Lit, the
 * base element, the HTTP client, the event classes, and the README's own set-up, which the autoloader
 * imports: `<mentorship-provider>` around the collapsed card and the credits it shows. That set-up is
 * every student's page (the programme dashboard's sidebar): shown by one file, it asks for its data as
 * that file runs, with no round trip for code in between. Apart, the three cost 1.6 KB more under a
 * provider (the import lists between files, gzip windows started afresh). A page without a provider
 * pays for one it does not use (1.9 KB), and a page without the card (a mentor's) for the card (2.4 KB).
 * What only one tag needs goes with that tag; what only some need, or only later (a form, the open
 * card's steps, the HTTP calls only some pages make, other languages, English only some tags say)
 * goes where the bundler puts it, or into the named chunks below. Packages are left to the bundler:
 * their barrels (`@lit/context`) re-export more than we use, and the bundler places what is used.
 * One file rather than a dozen small chunks: each file costs a request, and gzip compresses files
 * apart (a split into 16 files cost 6 KB).
 */
function mainFile(): Rolldown.CodeSplittingNameFunction {
  const tags = readdirSync(SRC_COMPONENTS).filter(tag => !MENTOR_SIDE.has(tag));
  let main: Set<string> | undefined;
  const plan = (ctx: Rolldown.ChunkingContext) => {
    /** The modules `from` imports statically, itself included. */
    const graph = (from: string, seen = new Set<string>()) => {
      if (!seen.has(from)) {
        seen.add(from);
        for (const next of ctx.getModuleInfo(from)?.importedIds ?? []) graph(next, seen);
      }
      return seen;
    };
    const users = new Map<string, Set<string>>();
    for (const tag of tags)
      for (const id of graph(join(SRC_COMPONENTS, tag, 'define.ts'))) (users.get(id) ?? users.set(id, new Set()).get(id)!).add(tag);
    // The entry itself names the group, so the group is the main file and not a chunk beside it.
    const chosen = new Set([...graph(MAIN_ENTRY)].filter(id => id.startsWith(SRC)));
    for (const [id, by] of users) if (id.startsWith(SRC) && by.size >= tags.length / 2) chosen.add(id);
    return chosen;
  };
  return (id, ctx) => ((main ??= plan(ctx)).has(id) ? 'core' : null);
}

/**
 * The mentor's tags: they are on a mentor's pages, never beside the student's card, so what they share
 * with the student's tags counts for neither side's main file — a student's page does not carry the
 * mentor's code, and a mentor's page fetches the pieces it shares as chunks.
 */
const MENTOR_SIDE = new Set(['mentor-desk', 'mentor-availability']);

/** The tag whose define.ts a chunk holds (its chunk is named for it), if any. */
function tagOf(chunk: { moduleIds: readonly string[] }): string | undefined {
  return chunk.moduleIds.map(id => id.match(/components[\\/]([\w-]+)[\\/]define\.ts$/)?.[1]).find(Boolean);
}

/**
 * Tells src/utils/preload.ts which chunks each chunk loaded on demand imports (`__CHUNK_IMPORTS__`,
 * by chunk name: chunks/NAME.js), so the autoloader (a tag's chunk) and `lazy()` (the card's steps, a
 * form) fetch them together: the browser would find them only once the chunk had arrived, one round
 * trip later for each level.
 */
function chunkImports(): Plugin {
  const namedByLazy = new Set<string>();
  return {
    name: 'chunk-imports',
    buildStart() {
      // `lazy(() => import('./steps/index.js'), 'steps')`: the names the source gives lazy().
      const read = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
          entry.isDirectory()
            ? read(join(dir, entry.name))
            : entry.name.endsWith('.ts')
              ? [readFileSync(join(dir, entry.name), 'utf8')]
              : [],
        );
      for (const source of read(SRC)) for (const [, name] of source.matchAll(/\blazy\([^;]*?,\s*'([\w-]+)'\s*\)/g)) namedByLazy.add(name);
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(output => output.type === 'chunk');
      const byFile = new Map(chunks.map(chunk => [chunk.fileName, chunk]));
      const main = byFile.get('mentorship-widgets.js')!;
      // Every chunk but the main file is chunks/NAME.js: the map holds names.
      const nameOf = (file: string) => file.replace(/^chunks\/|\.js$/g, '');
      /** Every chunk `file` imports statically (the main file, always loaded, left out). */
      const graph = (file: string, seen = new Set<string>()): Set<string> => {
        for (const next of byFile.get(file)?.imports ?? []) {
          if (next === main.fileName || seen.has(next)) continue;
          seen.add(next);
          graph(next, seen);
        }
        return seen;
      };
      const imports: Record<string, string[]> = {};
      for (const chunk of chunks) {
        if (chunk === main) continue;
        const importers = chunks.filter(other => other.dynamicImports.includes(chunk.fileName));
        // Only chunks asked for by name (a tag's, or one a `lazy()` names): the map is on every page.
        const name = nameOf(chunk.fileName);
        if (!importers.length || !(tagOf(chunk) || namedByLazy.has(name))) continue;
        const wanted = graph(chunk.fileName);
        // What every chunk that loads this one has already loaded is not asked for again. (A tag a tag
        // always renders shares its file: the card and its credits, in the groups below.)
        const loaded = importers.map(importer => (importer === main ? new Set<string>() : graph(importer.fileName)));
        for (const file of wanted) if (loaded.every(had => had.has(file))) wanted.delete(file);
        if (wanted.size) imports[name] = [...wanted].map(nameOf);
      }
      // The source guards the name for builds without this plugin: here the guard goes with it.
      const json = JSON.stringify(imports);
      const guarded = /typeof __CHUNK_IMPORTS__\s*={2,3}\s*[`'"]object[`'"]\s*\?\s*__CHUNK_IMPORTS__\s*:\s*\{\s*\}/;
      main.code = guarded.test(main.code) ? main.code.replace(guarded, json) : main.code.replaceAll('__CHUNK_IMPORTS__', json);
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplateLiterals({ include: ['src/**/*.ts'] }), chunkImports()],
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
            { name: mainFile(), debugName: 'main file' },
            // The rest is the bundler's: a module goes with the one chunk that needs it, or into a
            // piece of its own shared by those that do. A new module lands right without a line here.
            // These few merges of such pieces were measured: without them the whole flow is 15 files
            // and 0.3 KB heavier, the sessions page 12 files. The budgets (scripts/budgets.mjs) say
            // when one stops paying.
            //
            // The write path, calendar days and what a capability offers (agenda, sessions, goals,
            // intake, the card's steps) in one chunk rather than one each.
            {
              name: 'shared',
              test: /src[\\/](utils[\\/](days|ids)|controllers[\\/]write|client[\\/]settle|base[\\/]offered)\.ts/,
            },
            // The clock's ticks, calendar day counts and the calendar download (the list, sessions, the
            // card's steps), which the agenda does not fetch. A series' "this and the following"
            // (utils/following.ts) is not among them: the sessions and the memory store read it, the flow does not.
            { name: 'timeline', test: /src[\\/](utils[\\/]calendar-days|base[\\/]calendar|controllers[\\/]ticker)\.ts/ },
            // What a student's pages read about them beyond the collapsed card — their goals and their
            // profile — in one file: the flow, the journey and the list read both (one request, not two).
            { name: 'http-student', test: /src[\\/]client[\\/]http-(goals|profile)\.ts$/ },
            // Search goes with the list, which the card's steps load anyway; the agenda's zone picker
            // fetches it from there when a student opens it.
            { name: 'mentor-list', test: /src[\\/](utils[\\/]search\.ts|components[\\/]mentor-list[\\/])/ },
          ],
        },
        // A tag's chunk is named for its tag (chunks/mentor-list.js), so a page's network log reads plainly.
        // No content hash: the main file names every chunk, and random hashes do not compress (0.2 KB of
        // the collapsed card, 0.35 KB of the flow). The folder is served under a versioned path instead
        // (README, "From a CDN, no bundler"); chunks/ keeps them apart from the entry files (mentorship-sessions.js).
        // The bundler's little runtime (the namespace helper of chunks that hold several modules fetched
        // on their own) is chunks/runtime.js: its name is in the main file's map of what each chunk
        // imports, seven times. The main file does not need it, so a collapsed card does not fetch it.
        chunkFileNames: chunk => {
          if (chunk.name === 'core') return 'chunks/[name].js';
          if (chunk.name === 'rolldown-runtime') return 'chunks/runtime.js';
          return `chunks/${tagOf(chunk) ?? '[name]'}.js`;
        },
      },
    },
  },
});
