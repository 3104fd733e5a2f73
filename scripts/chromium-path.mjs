// Where the test runner finds Chromium: $CHROME_PATH first, then Debian's package.
import { existsSync } from 'node:fs';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** @returns {string | null} an executable Chromium, or null when there is none. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    // The real binary behind Debian's /usr/bin/chromium wrapper; it skips the wrapper's warning.
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
  ];
  return candidates.find(path => path && existsSync(path)) ?? null;
}
