/** The sessions' page object for our tests: the one we ship (`mentorship-widgets/testing`). */
export { SessionsHarness } from '../../src/testing/index.js';
