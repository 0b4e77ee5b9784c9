// Prints one closing line per test runner from their JSON reports: "unit: N passed, N failed in S s".
import { existsSync, readFileSync } from 'node:fs';

function line(name, file, count) {
  if (!existsSync(file)) return console.log(`${name}: no report (${file} missing: the runner did not finish)`);
  const { passed, failed, skipped, seconds } = count(JSON.parse(readFileSync(file, 'utf8')));
  const took = Number.isFinite(seconds) ? ` in ${Math.round(seconds)} s` : '';
  console.log(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${took}`);
}

line('unit', 'test-results/unit.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + (r.numTodoTests ?? 0),
  seconds: (Math.max(...r.testResults.map((f) => f.endTime)) - r.startTime) / 1000,
}));
line('e2e', 'test-results/e2e.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
  skipped: r.stats.skipped,
  seconds: r.stats.duration / 1000,
}));
