// `npm run size`'s "where the bytes come from": each source module's share of a built CDN file, at
// gzip -9 — what the file weighs less without that module's code (gzip shares its window across
// modules, so the shares of a file do not add up to it exactly). The CDN build is made again with
// source maps in a temporary folder (the same files, and a map of which module each byte is from).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const gzip = text => gzipSync(text, { level: 9 }).length;

/** A module's name as people read it: `src/client/transport.ts`, `lit-html`; `(bundler)` for the import lists and the runtime. */
const nameOf = source =>
  !source
    ? '(bundler)'
    : source.includes('node_modules/')
      ? source.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
      : source.replace(/.*?\/?(src\/)/, '$1');

/**
 * For each file (`mentorship-widgets.js`, `chunks/steps.js`), its modules by share, largest first:
 * `[[module, bytes], …]`.
 */
export function moduleShares(files) {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-size-'));
  try {
    execFileSync(
      'npx',
      ['vite', 'build', '-c', 'vite.cdn.config.ts', '--sourcemap', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'],
      {
        stdio: 'inherit',
      },
    );
    const shares = new Map();
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
      // The bundler's runtime has no map: all of it is the bundler's.
      if (!existsSync(join(dir, `${file}.map`))) {
        shares.set(file, [['(bundler)', gzip(code)]]);
        continue;
      }
      const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')));
      const lines = code.split('\n');
      const segments = [];
      map.eachMapping(mapping => segments.push(mapping), null, SourceMapConsumer.GENERATED_ORDER);
      // Each stretch of the file, from one mapping to the next, belongs to the module the first is from.
      const pieces = [];
      let line = 1;
      let column = 0;
      const take = (toLine, toColumn, module) => {
        let text = '';
        for (; line < toLine; line++, column = 0) text += `${lines[line - 1].slice(column)}\n`;
        text += lines[line - 1]?.slice(column, toColumn) ?? '';
        column = toColumn;
        if (text) pieces.push([module, text]);
      };
      let module = '(bundler)';
      for (const segment of segments) {
        take(segment.generatedLine, segment.generatedColumn, module);
        module = nameOf(segment.source);
      }
      take(lines.length, lines[lines.length - 1].length, module);
      const whole = gzip(pieces.map(([, text]) => text).join(''));
      const names = [...new Set(pieces.map(([name]) => name))];
      shares.set(
        file,
        names
          .map(name => [
            name,
            whole -
              gzip(
                pieces
                  .filter(([other]) => other !== name)
                  .map(([, text]) => text)
                  .join(''),
              ),
          ])
          .sort((a, b) => b[1] - a[1]),
      );
    }
    return shares;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
