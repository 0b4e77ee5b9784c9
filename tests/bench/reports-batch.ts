/**
 * Report batch benchmark: the customer analysis reports of a batch printed by one warm print engine (the machine's
 * Chromium through playwright-core, as the web host and the CLI print), one PDF per customer written into a folder.
 *
 *   npm run build && node dist/tests/reports-batch-bench.cjs [--reports 100] [--large 1000] [--db FILE] [--keep]
 *
 * Seeds demo customers with purchases, complaints and call-backs, classifies them, then times:
 *   - the engine's cold start (the first report, Chromium launched);
 *   - a batch of --reports reports (target ≤ 30 s for 100), split into building the HTML (this thread) and printing,
 *     with the longest time this thread was blocked (event-loop delay: what a host serving the app would feel);
 *   - a batch of --large reports (0 skips it), sampling the peak RSS of this process and, apart, of the Chromium
 *     processes it started (read from /proc where there is one), to show it stays flat as the batch grows.
 * Prints wall-clock times; always exits 0.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { printEach } from '../../electron/core/reports/batch';
import { chromiumPrintEngine } from '../../electron/core/reports/chromium-print';
import type { PdfOptions, PrintEngine } from '../../electron/core/reports/print-engine';
import { renderReport } from '../../electron/core/reports/render';
import { seedCallbacks } from '../../electron/core/seed/callbacks';
import { seedComplaints } from '../../electron/core/seed/complaints';
import { seedDemo } from '../../electron/core/seed/demo';
import { seedPurchases } from '../../electron/core/seed/purchases';
import { computeCurrent } from '../../electron/core/segments/compute';
import { ensureDefaultStaff } from '../../electron/core/staff/staff';
import { batchInput } from '../../shared/reports/batch';
import { localDate } from '../../shared/rules/calendar';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    large: { type: 'string', default: '1000' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const reports = Math.max(1, Number(values.reports));
const large = Math.max(0, Number(values.large));
const dir = mkdtempSync(join(tmpdir(), 'dossier-reports-bench-'));
const dbPath = values.db ? resolve(values.db) : join(dir, 'bench.db');

function seeded(): Db {
  const db = openDatabase(dbPath);
  const have = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
  const want = Math.max(reports, large);
  if (have < want) {
    seedDemo(db, { customers: want - have, seed: 7 });
    seedPurchases(db, { seed: 7 });
    seedCallbacks(db, { history: Math.round(want / 2), open: Math.round(want / 10), seed: 7 });
    seedComplaints(db, { complaints: Math.round(want / 20), seed: 7 });
    computeCurrent(db, localDate(), null);
  }
  return db;
}

/** The engine, timing its prints. */
function timed(engine: PrintEngine): PrintEngine & { printMs: number } {
  const t = {
    printMs: 0,
    pdf: async (html: string, options: PdfOptions) => {
      const start = performance.now();
      try {
        return await engine.pdf(html, options);
      } finally {
        t.printMs += performance.now() - start;
      }
    },
    close: () => engine.close(),
  };
  return t;
}

/** RSS of this process and of the engine's browser processes (Linux /proc), sampled every 100 ms. */
function rssSampler(): { stop: () => { node: number; browser: number } } {
  let node = 0;
  let browser = 0;
  /** This process's descendants (the engine's Chromium and its helpers), not other browsers on the machine. */
  const browserRss = (): number => {
    let sum = 0;
    try {
      const parent = new Map<number, number>();
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          // The parent pid is the 4th field, after the command's name in parentheses.
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
        } catch {
          // The process ended meanwhile.
        }
      }
      const ours = (pid: number): boolean => {
        for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
        return false;
      };
      for (const pid of parent.keys()) {
        if (!ours(pid)) continue;
        try {
          const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (m) sum += Number(m[1]) * 1024;
        } catch {
          // The process ended meanwhile.
        }
      }
    } catch {
      // No /proc here: the browser's memory is not measured.
    }
    return sum;
  };
  const timer = setInterval(() => {
    node = Math.max(node, process.memoryUsage.rss());
    browser = Math.max(browser, browserRss());
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return { node, browser };
    },
  };
}

async function batch(db: Db, engine: PrintEngine, actor: string, count: number, out: string) {
  mkdirSync(out, { recursive: true });
  const ids = db
    .prepare('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY rowid LIMIT ?')
    .pluck()
    .all(count) as string[];
  const request = batchInput.parse({ filter: { ids }, lang: 'zh-CN' });
  let bytes = 0;
  const start = performance.now();
  const printed = await printEach(
    db,
    engine,
    request,
    actor,
    (name, pdf) => {
      bytes += pdf.length;
      writeFileSync(join(out, name), pdf);
    },
    { onProgress: () => undefined, isCancelled: () => false },
  );
  return { printed, ms: performance.now() - start, bytes };
}

async function main(): Promise<void> {
  const db = seeded();
  const actor = ensureDefaultStaff(db).id;
  const engine = timed(chromiumPrintEngine());
  const first = db.prepare('SELECT id FROM customers ORDER BY rowid LIMIT 1').pluck().get() as string;
  const cold = performance.now();
  const doc = renderReport(db, { kind: 'customer', params: { customerId: first }, unmask: false }, actor, 'pdf');
  await engine.pdf(doc.html, { paper: doc.paper, lang: doc.lang, headerTitle: doc.headerTitle });
  const coldMs = performance.now() - cold;
  const warm = performance.now();
  await engine.pdf(doc.html, { paper: doc.paper, lang: doc.lang, headerTitle: doc.headerTitle });
  const warmMs = performance.now() - warm;

  engine.printMs = 0;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const small = await batch(db, engine, actor, reports, join(dir, 'small'));
  delay.disable();
  const smallPrint = engine.printMs;
  console.log(
    `machine: ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `cold start (Chromium launched, first report): ${(coldMs / 1000).toFixed(2)} s; warm report: ${warmMs.toFixed(0)} ms`,
  );
  console.log(
    `batch of ${small.printed}: ${(small.ms / 1000).toFixed(1)} s (target ≤ 30 s for 100) — printing ${(smallPrint / 1000).toFixed(1)} s, building ${((small.ms - smallPrint) / 1000).toFixed(1)} s; ${(small.bytes / small.printed / 1024).toFixed(0)} KB a PDF`,
  );
  console.log(
    `this thread blocked during the batch: longest ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms`,
  );
  if (large > 0) {
    rmSync(join(dir, 'small'), { recursive: true, force: true });
    const sampler = rssSampler();
    const big = await batch(db, engine, actor, large, join(dir, 'large'));
    const peak = sampler.stop();
    console.log(
      `batch of ${big.printed}: ${(big.ms / 1000).toFixed(1)} s; peak RSS: this process ${(peak.node / 2 ** 20).toFixed(0)} MB, Chromium ${peak.browser > 0 ? `${(peak.browser / 2 ** 20).toFixed(0)} MB` : 'not measured'}`,
    );
  }
  await engine.close();
  db.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 0;
});
