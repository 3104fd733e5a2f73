// `npm test` runs this first so a machine without Chromium stops at once with the fix, not a stack trace.
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

if (!findChromium()) {
  console.error(`Chromium not found (looked at $CHROME_PATH and /usr/bin/chromium). Install it: ${INSTALL_HINT}`);
  process.exit(1);
}
