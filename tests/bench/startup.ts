/**
 * Web host start → first rendered customer list, in Chromium, on a seeded database.
 * Run: npm run build && node dist/tests/startup.cjs [--customers 100000] [--runs 5]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/seed/demo';
import { CHROMIUM_ARGS, chromiumPath, startWebApp, stopWebApp } from '../web-host';

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { customers: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } },
  });
  const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-startup-')), 'bench.db');
  const db = openDatabase(dbPath);
  seedDemo(db, { customers: Number(values.customers), seed: 1 });
  db.close();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const started = performance.now();
    const host = await startWebApp(ROOT, dbPath);
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.locator('table tbody tr').first().waitFor({ state: 'visible', timeout: 30_000 });
    times.push(performance.now() - started);
    await page.close();
    await stopWebApp(host);
  }
  await browser.close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `web host start → first rendered list (${values.customers} customers, ${times.length} runs): median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms (target ≤ 2000 ms)${median > 2000 ? '  ← TARGET MISSED' : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
