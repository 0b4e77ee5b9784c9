import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs run against the web host in Chromium (default), or against the desktop app when
 * DOSSIER_E2E_TARGET=electron and an Electron binary is installed (see tests/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // A spec is a user's whole errand (seed, several pages, a report); on a busy two-core machine that can pass a
  // minute. Speed is measured by the benchmarks, not here.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Specs spend most of their time waiting on the web host and Chromium (the suite used 40 % of two cores with two
  // workers): three at a time took the suite from 13.0 to 10.3 minutes on two cores.
  workers: 3,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
