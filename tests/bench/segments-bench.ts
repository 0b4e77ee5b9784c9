/**
 * Segments benchmark: computing every scheme for every customer, the overview, and a class-filtered count.
 *
 *   npm run build && node dist/tests/segments-bench.cjs [--customers 10000,100000] [--purchases 10] [--runs 3]
 *
 * For each size, a temporary database is generated directly (a child process inserts N customers with `--purchases`
 * purchases each over the last two years: a long tail where a few customers spend most, a fifth who stopped buying
 * a year ago), then this process opens it and measures:
 *   - compute: aggregate, classify and store every customer as of today (median of `--runs`), in this thread;
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
import { computeSegments } from '../../electron/core/segments/compute';
import { segmentsOverview } from '../../electron/core/segments/overview';
import { isoOfDay, dayNumber } from '../../electron/core/segments/period';
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
  const computeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    computeSegments(db, today, null);
    computeTimes.push(ms(t));
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;

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
  let a = 0;
  for (let i = 0; i < 10; i++) {
    let t = process.hrtime.bigint();
    segmentsOverview(db, true);
    overviewTimes.push(ms(t));
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
    computeMs: median(computeTimes),
    computeRuns: computeTimes,
    workerMs,
    stallMs,
    rssMb,
    overviewMs: median(overviewTimes),
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
  console.log(
    'customers  purchases  compute ms (median)  via worker ms  main-thread stall ms  peak RSS MB  overview ms  abc:A count ms',
  );
  for (const r of rows)
    console.log(
      [
        String(r.customers).padStart(9),
        String(r.purchases).padStart(10),
        `${f(r.computeMs)} (${r.computeRuns.map(f).join('/')})`.padStart(19),
        f(r.workerMs).padStart(13),
        f(r.stallMs).padStart(20),
        f(r.rssMb).padStart(11),
        r.overviewMs.toFixed(1).padStart(11),
        r.countMs.toFixed(2).padStart(14),
      ].join('  '),
    );
}

void main();
