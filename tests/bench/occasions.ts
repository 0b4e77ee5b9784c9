/**
 * Birthday and maturity planning benchmark: the run the app makes at start-up, once a day on the reminder timer and
 * after every saved customer or purchase, over a seeded branch.
 *
 *   npm run build && node dist/tests/occasions-bench.cjs [--customers 100000] [--purchases 100000] [--iterations 50]
 *
 * Seeds demo customers (seedDemo: most have a birth date) and `--purchases` purchases with a maturity date spread
 * over the next two years. Times the first run on a new database (it plans everything the lead times reach), the
 * runs after it (nothing left to plan: what every save pays) and the next day's first run (one day's occasions); prints the query plans, which must search the indexes of
 * migration 009, not scan the tables. Always exits 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planOccasions } from '../../electron/core/callbacks/occasions';
import { addDays } from '../../electron/core/callbacks/workdays';
import { openDatabase } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/seed/demo';
import { mulberry32 } from '../../electron/core/seed/random';
import { localDate } from '../../shared/rules/calendar';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    purchases: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '50' },
  },
});
const customers = Number(values.customers);
/** CPU time of this process since `from` (on a shared machine, the work itself without the wait for a core). */
const cpuMs = (from: NodeJS.CpuUsage): string => {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1000).toFixed(1);
};
const purchases = Number(values.purchases);
const iterations = Number(values.iterations);

const dir = mkdtempSync(join(tmpdir(), 'dossier-occasions-bench-'));
const db = openDatabase(join(dir, 'branch.db'));
try {
  const seeded = performance.now();
  seedDemo(db, { customers, seed: 7, interactionsPerCustomer: 0 });
  const today = localDate();
  const random = mulberry32(7);
  const ids = (db.prepare('SELECT id FROM customers').all() as { id: string }[]).map((r) => r.id);
  const insert = db.prepare(`INSERT INTO transactions (id, customer_id, occurred_on, matures_on, product, amount_cents,
    created_at, updated_at) VALUES (?, ?, ?, ?, '稳健理财A款', 5000000, ?, ?)`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < purchases; i += 1) {
      const customerId = ids[Math.floor(random() * ids.length)] ?? '';
      insert.run(`p${i}`, customerId, today, addDays(today, Math.floor(random() * 730)), now, now);
    }
  })();
  db.exec('ANALYZE');
  const withBirthDate = (
    db.prepare('SELECT count(*) AS n FROM customers WHERE birth_date IS NOT NULL').get() as {
      n: number;
    }
  ).n;
  console.log(
    `seeded ${customers} customers (${withBirthDate} with a birth date), ${purchases} purchases with a maturity ` +
      `date in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const first = performance.now();
  let cpu = process.cpuUsage();
  const planned = planOccasions(db, today);
  console.log(
    `first run on this database: ${(performance.now() - first).toFixed(1)} ms (CPU ${cpuMs(cpu)} ms), planned ` +
      `${planned.birthdays} birthday and ${planned.maturities} maturity call-backs`,
  );

  const times: number[] = [];
  cpu = process.cpuUsage();
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    planOccasions(db, today);
    times.push(performance.now() - start);
  }
  const cpuEach = (Number(cpuMs(cpu)) / iterations).toFixed(2);
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
  console.log(
    `later runs (nothing to plan), ${iterations}×: median ${at(0.5)} ms, p95 ${at(0.95)} ms (CPU ${cpuEach} ms each)`,
  );

  const nextDay = performance.now();
  cpu = process.cpuUsage();
  const tomorrow = planOccasions(db, addDays(today, 1));
  console.log(
    `the next day's first run: ${(performance.now() - nextDay).toFixed(1)} ms (CPU ${cpuMs(cpu)} ms), planned ` +
      `${tomorrow.birthdays} ` +
      `birthday and ${tomorrow.maturities} maturity call-backs`,
  );

  const plan = (query: string, ...params: unknown[]): string =>
    (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('; ');
  console.log(
    'birthdays:',
    plan(
      `SELECT c.id FROM customers c WHERE substr(c.birth_date, 6) IN ('06-12', '06-13')
       AND c.deleted_at IS NULL AND c.birth_date IS NOT NULL`,
    ),
  );
  console.log(
    'maturities:',
    plan(
      `SELECT t.id FROM transactions t JOIN customers c ON c.id = t.customer_id
       WHERE t.matures_on >= ? AND t.matures_on <= ? AND t.deleted_at IS NULL AND t.matures_on IS NOT NULL
         AND c.deleted_at IS NULL`,
      today,
      addDays(today, 7),
    ),
  );
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
