import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Test files share their fork's loaded modules: loading the core again for each of 120 files took most of the
    // run (4 directories: 110–128 s isolated against 27–40 s shared, run back to back). Every test opens its own
    // temporary database, so nothing a test checks lives in module state.
    isolate: false,
    // Two forks on the two cores (the default leaves one core to the machine, which ran every file one after the
    // other: 303 s for the suite).
    maxWorkers: 2,
    // The branches' time zone for every file from the start: files that share a fork must not change it halfway
    // (the calendar caches today's date), and which files share a fork depends on the run.
    env: { TZ: 'Asia/Shanghai' },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
