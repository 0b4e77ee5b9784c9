/**
 * Report benchmark: the customer analysis report printed to PDF by the machine's Chromium (chromium-print.ts).
 *
 *   npm run build && node dist/tests/reports-bench.cjs [--customers 2000] [--reports 20] [--out FILE]
 *
 * Seeds demo customers with two years of purchases, call-backs and complaints (the demo seed), classifies them, and
 * prints the customers with the most purchases. Times:
 *   - cold start: the first PDF, browser launch included;
 *   - warm: each following report to PDF with the engine kept (one browser, one page); target median ≤ 1 s;
 *   - the HTML alone (data assembly and template), for comparison.
 * Prints wall-clock times, the load average and this process's CPU time; always exits 0.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatch } from '../../electron/core/dispatch';
import { openDatabase } from '../../electron/core/db/open';
import { createHandlers } from '../../electron/core/handlers';
import { chromiumPrintEngine } from '../../electron/core/reports/chromium-print';
import { seedCallbacks } from '../../electron/core/seed/callbacks';
import { seedComplaints } from '../../electron/core/seed/complaints';
import { seedDemo } from '../../electron/core/seed/demo';
import { seedPurchases } from '../../electron/core/seed/purchases';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '2000' },
    reports: { type: 'string', default: '20' },
    out: { type: 'string' },
  },
});
const customers = Math.max(10, Number(values.customers));
const reports = Math.max(3, Number(values.reports));

/** CPU time (ms) of this process's descendants (the browser's processes), from /proc; null where there is none. */
function childrenCpuMs(): number | null {
  if (process.platform !== 'linux') return null;
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command in parentheses: state ppid … utime (14th field) stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let sum = 0;
  for (const [pid, t] of ticks) if (isDescendant(pid)) sum += t;
  return sum * 10; // 100 ticks a second
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s.at(-1) ?? 0 };
};
const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-reports-bench-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const seedStart = performance.now();
  seedDemo(db, { customers, seed: 7 });
  seedPurchases(db, { seed: 7 });
  seedCallbacks(db, { history: Math.round(customers / 5), open: Math.round(customers / 10), seed: 7 });
  seedComplaints(db, { complaints: Math.round(customers / 50), seed: 7 });
  const engine = chromiumPrintEngine();
  const dispatch = createDispatch(
    createHandlers({ db, dbPath: ':memory:', host: 'cli', version: 'bench', printEngine: engine }),
  );
  await dispatch('segments.compute', {});
  await dispatch('reports.letterhead.set', { branchName: '招商银行北京朝阳支行', logo: null, paper: 'A4' });
  const seeded = performance.now() - seedStart;
  const ids = (
    db
      .prepare(
        `SELECT customer_id AS id FROM transactions WHERE deleted_at IS NULL GROUP BY customer_id
         ORDER BY COUNT(*) DESC LIMIT ?`,
      )
      .all(reports + 1) as { id: string }[]
  ).map((r) => r.id);

  const html: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    await dispatch('reports.preview', { kind: 'customer', params: { customerId: id } });
    html.push(performance.now() - t0);
  }
  const cpu0 = process.cpuUsage();
  const loadBefore = loadavg();
  const pdf = async (id: string) => {
    const t0 = performance.now();
    const reply = await dispatch('reports.pdf', { kind: 'customer', params: { customerId: id } });
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    return {
      ms: performance.now() - t0,
      bytes: Buffer.from((reply.value as { base64: string }).base64, 'base64').length,
    };
  };
  const cold = await pdf(ids[0] ?? '');
  const warm: number[] = [];
  const sizes: number[] = [cold.bytes];
  const browserCpu0 = childrenCpuMs();
  const nodeCpu0 = process.cpuUsage();
  for (const id of ids.slice(1)) {
    const r = await pdf(id);
    warm.push(r.ms);
    sizes.push(r.bytes);
  }
  const browserCpu1 = childrenCpuMs();
  const nodeWarm = process.cpuUsage(nodeCpu0);
  const cpu = process.cpuUsage(cpu0);
  await engine.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });

  const result = {
    customers,
    seededMs: Math.round(seeded),
    coldStartMs: round(cold.ms),
    warm: Object.fromEntries(Object.entries(stats(warm)).map(([k, v]) => [k, round(v)])),
    htmlOnly: Object.fromEntries(Object.entries(stats(html)).map(([k, v]) => [k, round(v)])),
    pdfBytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    /** CPU per warm report, the node process and the browser's processes: the work itself on a busy machine. */
    warmCpuPerReportMs: {
      node: round((nodeWarm.user + nodeWarm.system) / 1000 / warm.length),
      browser: browserCpu0 === null || browserCpu1 === null ? null : round((browserCpu1 - browserCpu0) / warm.length),
    },
    loadAverage: { before: loadBefore.map(round), after: loadavg().map(round) },
    cores: cpus().length,
    target: 'warm median ≤ 1000 ms',
  };
  console.log(JSON.stringify(result, null, 2));
  if (values.out) writeFileSync(resolve(values.out), JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 0;
});
