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

/**
 * For a measuring script run alone (`node scripts/cold-load.mjs`): runs `work` with a headless
 * Chromium (puppeteer), printing the lines it returns; exits with a hint when there is no Chromium.
 * @param {(browser: import('puppeteer-core').Browser) => Promise<string[]>} work
 */
export async function withChromium(work) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`Chromium not found. Install it: ${INSTALL_HINT}`);
    process.exit(1);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    console.log((await work(browser)).join('\n'));
  } finally {
    await browser.close();
  }
}
