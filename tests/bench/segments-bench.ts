/**
 * Segments benchmark: computing every scheme for every customer, the overview, and a class-filtered count.
 *
 *   npm run build && node dist/tests/segments-bench.cjs [--customers 10000,100000] [--purchases 10] [--runs 3]
 *
 * For each size, a temporary database is generated directly (a child process inserts N customers with `--purchases`
 * purchases each over the last two years: a long tail where a few customers spend most, a fifth who stopped buying
 * a year ago), then this process opens it and measures:
 *   - compute: aggregate, classify and store every customer as of today in this thread, wall and CPU time (the
 *     machine may be shared: CPU time is the work itself): the first computation (every class new, five history
 *     rows per customer, as of yesterday), then the median of `--runs` recomputations as of today (the rows
 *     rewritten, what changed recorded: the daily case);
 *   - the same computation through the segments worker, with the longest stall of this thread's event loop meanwhile
 *     (a 10 ms timer: what the window would feel);
 *   - peak RSS of this process (it never held the generation's data);
 *   - the overview (all schemes, median of 10) and the count of one class (`abc:A`, median of 10).
 * Targets at 100k customers / 1M purchases: compute ≤ 2 s, RSS ≤ 300 MB, overview ≤ 200 ms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../electron/core/db/open';
import { uuidv7 } from '../../electron/core/ids';
import { mulberry32 } from '../../electron/core/seed/random';
import { acting } from '../../electron/core/auth/acting';
import { computeSegments } from '../../electron/core/segments/compute';
import { segmentsOverview } from '../../electron/core/segments/overview';
import { dayNumber, isoOfDay, previousMonthEnd } from '../../electron/core/segments/period';
import { SegmentRunner } from '../../electron/core/segments/runner';
import { localDate } from '../../shared/rules/calendar';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '10000,100000' },
    purchases: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    generate: { type: 'string' },
  },
});

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰'];

/** The child process: fills `path` with `customers` customers and `perCustomer` purchases each. */
function generate(path: string, customers: number, perCustomer: number): void {
  const db = openDatabase(path);
  const random = mulberry32(13);
  const today = dayNumber(localDate());
  const now = new Date().toISOString();
  const addCustomer = db.prepare(
    `INSERT INTO customers (id, kind, name, mobile, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?)`,
  );
  const addPurchase = db.prepare(
    `INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, profit_cents, created_at, updated_at)
     VALUES (?, ?, ?, '稳健理财A款', ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < customers; i++) {
      const id = uuidv7();
      const name = `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % 10]}${i}`;
      const filed = isoOfDay(today - 730 - Math.floor(random() * 1000));
      addCustomer.run(id, name, `138${String(10_000_000 + i).slice(-8)}`, `${filed}T02:00:00.000Z`, now);
      // A long tail: a customer's scale is Pareto-distributed; a fifth stopped buying a year ago.
      const scale = 50_000 / Math.pow(1 - random() * 0.999, 0.8);
      const stopped = random() < 0.2;
      for (let k = 0; k < perCustomer; k++) {
        const daysAgo = stopped ? 366 + Math.floor(random() * 364) : Math.floor(random() * 730);
        const amount = Math.round(scale * (0.5 + random()));
        addPurchase.run(uuidv7(), id, isoOfDay(today - daysAgo), amount, Math.round(amount * 0.02), now, now);
      }
    }
  })();
  db.close();
}

if (values.generate !== undefined) {
  const [path, customers, per] = values.generate.split(',');
  generate(path!, Number(customers), Number(per));
  process.exit(0);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function measure(customers: number, perCustomer: number, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-segments-bench-'));
  const path = join(dir, 'branch.db');
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [__filename, '--generate', `${path},${customers},${perCustomer}`], {
    stdio: 'inherit',
  });
  const generateMs = ms(started);
  const db = openDatabase(path);
  const today = localDate();
  const timed = (asOf: string): [wall: number, cpu: number] => {
    const t = process.hrtime.bigint();
    const c = cpuMs();
    computeSegments(db, asOf, null);
    return [ms(t), cpuMs() - c];
  };
  // The first computation (as of yesterday) writes every customer's first classes, five history rows each; then
  // today's recomputations rewrite the rows and record only what changed since.
  const [firstMs, firstCpuMs] = timed(isoOfDay(dayNumber(today) - 1));
  const computeTimes: number[] = [];
  const computeCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [wall, cpu] = timed(today);
    computeTimes.push(wall);
    computeCpu.push(cpu);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // The worker computes as of today after filling in missing month ends: mark them done, so it does one.
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('segments.lastMonthEnd', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  ).run(previousMonthEnd(today));

  let workerMs: number | null = null;
  let stallMs: number | null = null;
  const workerPath = join(__dirname, '..', 'electron', 'segments-worker.cjs');
  if (existsSync(workerPath)) {
    const runner = new SegmentRunner(db, path, workerPath, false);
    let last = Date.now();
    let worst = 0;
    const tick = setInterval(() => {
      const now = Date.now();
      worst = Math.max(worst, now - last - 10);
      last = now;
    }, 10);
    const t = process.hrtime.bigint();
    await runner.compute(today, null);
    workerMs = ms(t);
    clearInterval(tick);
    stallMs = worst;
  }

  const overviewTimes: number[] = [];
  const countTimes: number[] = [];
  const count = db.prepare(
    `SELECT COUNT(*) AS n FROM customer_segments s JOIN customers c ON c.id = s.customer_id AND c.deleted_at IS NULL
     WHERE s.abc = 'A'`,
  );
  // A staff member signed in: their own and unassigned customers' classes, tallied when asked. Nobody looks after the
  // generated customers, so this is the worst case: every customer is in their scope.
  const staffTimes: number[] = [];
  const asStaff = { viewer: { staffId: 'bench-staff', role: 'staff' as const, restricted: true }, session: null };
  let a = 0;
  for (let i = 0; i < 10; i++) {
    let t = process.hrtime.bigint();
    segmentsOverview(db, true);
    overviewTimes.push(ms(t));
    t = process.hrtime.bigint();
    acting.run(asStaff, () => segmentsOverview(db, true));
    staffTimes.push(ms(t));
    t = process.hrtime.bigint();
    a = (count.get() as { n: number }).n;
    countTimes.push(ms(t));
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    customers,
    purchases: customers * perCustomer,
    generateMs,
    firstMs,
    firstCpuMs,
    computeMs: median(computeTimes),
    computeCpuMs: median(computeCpu),
    computeRuns: computeTimes,
    workerMs,
    stallMs,
    rssMb,
    overviewMs: median(overviewTimes),
    staffOverviewMs: median(staffTimes),
    countMs: median(countTimes),
    classA: a,
  };
}

async function main(): Promise<void> {
  const sizes = values.customers.split(',').map((s) => Number(s.replace(/_/g, '')));
  const per = Number(values.purchases);
  const runs = Math.max(1, Number(values.runs));
  console.log(`segments bench: ${cpus().length} cores, node ${process.version}, ${runs} runs`);
  const rows = [];
  // One size per process would keep RSS apart; sizes run smallest first so the peak is the largest size's.
  for (const n of sizes) rows.push(await measure(n, per, runs));
  const f = (x: number | null) => (x === null ? '—' : x.toFixed(0));
  const header = [
    'customers',
    'purchases',
    'first compute ms (cpu)',
    'recompute ms median (cpu)',
    'via worker ms',
    'main stall ms',
    'peak RSS MB',
    'overview ms',
    'staff overview ms',
    'abc:A count ms',
  ];
  console.log(header.join(' | '));
  for (const r of rows)
    console.log(
      [
        String(r.customers),
        String(r.purchases),
        `${f(r.firstMs)} (${f(r.firstCpuMs)})`,
        `${f(r.computeMs)} (${f(r.computeCpuMs)}) [${r.computeRuns.map(f).join('/')}]`,
        f(r.workerMs),
        f(r.stallMs),
        f(r.rssMb),
        r.overviewMs.toFixed(1),
        r.staffOverviewMs.toFixed(1),
        r.countMs.toFixed(2),
      ].join(' | '),
    );
}

void main();
