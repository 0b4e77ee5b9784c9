/**
 * Complaint benchmark: the complaints page (list views, filters, paging, the navigation count) and the year's
 * complaint analysis over a seeded branch.
 *
 *   npm run build && node dist/tests/complaints-bench.cjs [--customers 100000] [--complaints 20000] [--iterations 200]
 *                                 [--db FILE] [--out FILE] [--keep]
 *
 * Seeds demo customers (seedDemo) and a year of complaints (seedComplaints: every complaint received, resolved and
 * followed up through the core, so timeline entries, events, follow-up call-backs and scores are real). Times:
 *   - the complaints page: open, overdue, mine and all views (pages of 100, several sorts and filters) and the
 *     overdue count for the navigation; target p95 ≤ 20 ms (sorting all by customer name: informative);
 *   - the complaint analysis of the last year (with satisfaction); target ≤ 200 ms.
 * With --db FILE an existing seeded file is reused (and kept). Prints wall-clock and CPU times (on a busy machine
 * the CPU time is the work itself); always exits 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { complaintCounts, listComplaints } from '../../electron/core/complaints/complaints';
import { complaintReport } from '../../electron/core/complaints/report';
import { addDays } from '../../electron/core/callbacks/workdays';
import { localDate } from '../../shared/rules/calendar';
import { openDatabase } from '../../electron/core/db/open';
import { ensureDefaultStaff } from '../../electron/core/staff/staff';
import { population } from '../../electron/core/seed/callbacks';
import { seedComplaints } from '../../electron/core/seed/complaints';
import { seedDemo } from '../../electron/core/seed/demo';
import { mulberry32 } from '../../electron/core/seed/random';
import { stats, time, type Stats } from './measure';
import { complaintListInput, complaintReportInput } from '../../shared/complaints/schemas';
import { DEFAULT_COMPLAINT_CATEGORIES } from '../../shared/complaints/types';

interface Args {
  customers: number;
  complaints: number;
  iterations: number;
  db: string | null;
  out: string | null;
  keep: boolean;
}

function readArgs(argv: readonly string[]): Args {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      customers: { type: 'string', default: '100000' },
      complaints: { type: 'string', default: '20000' },
      iterations: { type: 'string', default: '200' },
      db: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const count = (v: string): number => Math.max(0, Math.floor(Number(v.replace(/_/g, ''))));
  return {
    customers: count(values.customers),
    complaints: count(values.complaints),
    iterations: Math.max(5, count(values.iterations)),
    db: values.db === undefined ? null : resolve(values.db),
    out: values.out === undefined ? null : resolve(values.out),
    keep: values.keep,
  };
}

const log = (line: string): void => console.error(line);

interface Result {
  readonly name: string;
  /** The target for p95 wall-clock time, ms; null: informative. */
  readonly target: number | null;
  readonly wall: Stats;
  readonly cpu: Stats;
}

function measure(name: string, target: number | null, iterations: number, run: () => unknown): Result {
  for (let i = 0; i < Math.min(5, iterations); i += 1) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const t = time(run);
    wall.push(t.ms);
    cpu.push(t.cpu);
  }
  return { name, target, wall: stats(wall), cpu: stats(cpu) };
}

function main(): void {
  const args = readArgs(process.argv.slice(2));
  const dir = args.db ? null : mkdtempSync(join(tmpdir(), 'dossier-complaints-bench-'));
  const path = args.db ?? join(dir ?? tmpdir(), 'bench.db');
  const db = openDatabase(path);
  const me = ensureDefaultStaff(db).id;
  const today = localDate();
  const results: Result[] = [];
  try {
    const existing = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
    if (existing < args.customers) {
      log(`Seeding ${args.customers - existing} customers into ${path} …`);
      const seeded = seedDemo(db, {
        customers: args.customers - existing,
        onProgress: (d, t) => d % 20_000 === 0 && log(`  ${d}/${t}`),
      });
      log(`  done in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    const complaints = (db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
    if (complaints < args.complaints) {
      log(`Receiving, resolving and following up ${args.complaints - complaints} complaints …`);
      const seeded = seedComplaints(db, { complaints: args.complaints - complaints, today });
      log(
        `  ${seeded.open} left open, ${seeded.closed} closed by a follow-up call, in ${(seeded.ms / 1000).toFixed(1)} s`,
      );
    }
    // No ANALYZE / PRAGMA optimize: the app never runs them, so the planner works without sqlite_stat1 here too.
    const { staff } = population(db);
    const counts = complaintCounts(db, today, me);
    const total = (db.prepare('SELECT count(*) AS n FROM complaints').get() as { n: number }).n;
    log(`${total} complaints: ${counts.open} open, ${counts.overdue} overdue`);

    const rand = mulberry32(17);
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
    const someStaff = (): string => pick(staff) ?? me;
    const list = (input: Record<string, unknown>) => () =>
      listComplaints(db, complaintListInput.parse({ today, ...input }), someStaff());
    const families: [string, () => unknown][] = [
      ['list: open, by due date', list({ view: 'open' })],
      ['list: overdue', list({ view: 'overdue' })],
      ['list: mine', list({ view: 'mine' })],
      ['list: all, newest first', list({ view: 'all', sort: 'receivedAt', direction: 'desc' })],
      ['list: all, page 5 by customer', list({ view: 'all', sort: 'customer', offset: 400 })],
      [
        'list: all, one category, by severity',
        () =>
          list({ view: 'all', category: pick(DEFAULT_COMPLAINT_CATEGORIES), sort: 'severity', direction: 'desc' })(),
      ],
      [
        'list: all, one owner, last quarter',
        () => list({ view: 'all', ownerId: someStaff(), from: addDays(today, -91), to: today })(),
      ],
      ['navigation count', () => complaintCounts(db, today, someStaff())],
    ];
    // Sorting every complaint by the customer's name sorts them all (no index orders complaints by their customers'
    // names): informative, not the page's target.
    for (const [name, run] of families)
      results.push(measure(name, name.includes('by customer') ? null : 20, args.iterations, run));

    const reportOf = (ownerId: string | null) => () =>
      complaintReport(db, complaintReportInput.parse({ from: addDays(today, -364), to: today, today, ownerId }));
    const r = reportOf(null)();
    log(
      `year report: ${r.total} complaints, ${r.perTenThousand ?? '—'} per 10,000, top cause ${r.byRootCause[0]?.key ?? '—'} ` +
        `(${r.byRootCause[0]?.percent ?? '—'} %), ${r.satisfaction.count} scores, average ${r.satisfaction.average ?? '—'}`,
    );
    results.push(measure('report: one year', 200, Math.min(50, args.iterations), reportOf(null)));
    results.push(measure('report: one year, one owner', 200, Math.min(50, args.iterations), reportOf(someStaff())));
  } finally {
    db.close();
    if (dir && !args.keep) rmSync(dir, { recursive: true, force: true });
    else log(`database kept at ${path}`);
  }

  const rows = results.map((r) => [
    r.name,
    String(r.wall.n),
    r.wall.p50.toFixed(2),
    r.wall.p95.toFixed(2),
    r.wall.max.toFixed(2),
    r.cpu.p50.toFixed(2),
    r.cpu.p95.toFixed(2),
    r.target === null ? '' : `p95 ≤ ${r.target} ms`,
    r.target === null ? '' : r.wall.p95 <= r.target ? 'ok' : r.cpu.p95 <= r.target ? 'ok (cpu)' : 'MISS',
  ]);
  const headers = ['measurement', 'n', 'p50 ms', 'p95 ms', 'max ms', 'cpu p50', 'cpu p95', 'target', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i >= 1 && i <= 6 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(
    `\nComplaint benchmark — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('ok (cpu): the wall-clock p95 missed only because other processes held the CPU; the CPU time is within.');
  if (args.out) writeFileSync(args.out, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
}

main();
