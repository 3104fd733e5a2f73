// Prints one plain closing line, `wtr: N passed, N failed, N skipped`, that any CI can read.
// A test file that fails to load, or throws outside a test, counts as one failure.

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function summaryReporter() {
  let lastSessions = [];
  return {
    onTestRunFinished({ sessions }) {
      lastSessions = sessions;
    },
    stop() {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of lastSessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        if (session.errors.length > 0) counts.failed += 1;
      }
      console.log(`wtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    },
  };
}
