/**
 * A second writer: `dossier import` of a 50,000-row CSV in another process while the app's core (as the web host
 * holds it) saves a customer every 200 ms and answers a list or search every 50 ms (tests/faults/second-writer.ts).
 * Prints, per run, how long the import took, the longest and 99th-percentile read, the event loop's longest stall,
 * the longest a save waited (db_busy answers included, retried as the renderer does) and the refusals. Run:
 *
 *   npm run build && node dist/tests/second-writer-bench.cjs [--rows 50000] [--existing 1000] [--runs 3]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core/index';
import { seedDemo } from '../../electron/core/seed/demo';
import { branchListCsv } from '../fixtures/branch-list';
import { secondWriter } from '../faults/second-writer';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000' },
    existing: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
});
const cli = join(__dirname, '..', 'electron', 'cli.cjs');

async function main(): Promise<void> {
  for (let run = 1; run <= Number(values.runs); run++) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-second-writer-bench-'));
    const dbPath = join(dir, 'branch.db');
    const core = createCore({ dbPath, host: 'cli' });
    seedDemo(core.db, { customers: Number(values.existing), seed: run });
    core.close();
    const csv = join(dir, '全行客户名单.csv');
    writeFileSync(csv, branchListCsv(Number(values.rows)));
    const f = await secondWriter(cli, dbPath, csv);
    console.log(
      JSON.stringify({
        run,
        importCode: f.importCode,
        importMs: f.importMs,
        reads: f.reads,
        maxReadMs: f.maxReadMs,
        p99ReadMs: f.p99ReadMs,
        maxLoopLagMs: f.maxLoopLagMs,
        stallsOver200ms: f.stalls.length,
        saves: f.saves,
        saved: f.saved,
        maxSaveMs: f.maxSaveMs,
        refusals: f.refusals,
        otherErrors: f.otherErrors.length,
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
