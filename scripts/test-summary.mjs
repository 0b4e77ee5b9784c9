// Prints one closing line per test runner from their JSON reports: "unit: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

function line(name, file, count) {
  if (!existsSync(file)) return console.log(`${name}: no report (${file} missing: the runner did not finish)`);
  const { passed, failed, skipped } = count(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

line('unit', 'test-results/unit.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + (r.numTodoTests ?? 0),
}));
line('e2e', 'test-results/e2e.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
  skipped: r.stats.skipped,
}));
