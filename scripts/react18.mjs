// React 18's packages, for the tests and the consumer check that run the React components on it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * React 18 beside the project's React 19: npm cannot install both (react-dom 18 asks for react 18 as
 * a peer), so their packages are fetched from the registry once (`npm pack`) and unpacked here.
 */
export function react18() {
  const folder = resolve('node_modules/.cache/react18');
  const packages = { react: 'react@18.3.1', 'react-dom': 'react-dom@18.3.1', scheduler: 'scheduler@0.23.2' };
  if (!Object.keys(packages).every(name => existsSync(join(folder, name, 'package.json')))) {
    mkdirSync(folder, { recursive: true });
    execFileSync('npm', ['pack', '--silent', '--pack-destination', folder, ...Object.values(packages)], { stdio: 'ignore' });
    for (const [name, spec] of Object.entries(packages)) {
      const tarball = readdirSync(folder).find(file => file.startsWith(`${spec.replace('@', '-')}`) && file.endsWith('.tgz'));
      mkdirSync(join(folder, name), { recursive: true });
      execFileSync('tar', ['-xzf', join(folder, tarball), '-C', join(folder, name), '--strip-components=1']);
    }
  }
  return Object.fromEntries(Object.keys(packages).map(name => [name, join(folder, name)]));
}
