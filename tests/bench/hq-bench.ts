/**
 * Head-office benchmark: each page of the `--hq` view over many branches, read through the read-only role.
 *
 *   npm run build && node dist/tests/hq-bench.cjs [--branches 20] [--customers 100000] [--runs 9] [--out FILE]
 *
 * Starts a throw-away PostgreSQL cluster (tests/unit/hq/cluster.ts), adds the branches and fills each straight
 * through the head-office schema with generate_series: customers (Chinese names, masked mobiles, digests; 1 in 200
 * tombstoned; 1 in 100 mobiles and 1 in 150 ID numbers shared with the paired branch), a class row per customer,
 * 20 % as many call-backs and 2 % as many complaints. Then VACUUM ANALYZE (as autovacuum would) and times every
 * page's call through the head-office core's dispatch, as the web host makes it: the branches page (`hq.figures`),
 * a branch's page (`hq.branch`), search by a common surname, by a 4-digit mobile fragment and by a name nobody has
 * (read by the name-pairs index of head-office migration 005), and the same-person lists; then prints EXPLAIN ANALYZE
 * of that last search as run and as the bare substring scan it was before. Target: median ≤ 500 ms per page.
 * Always exits 0.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { createHqCore } from '../../electron/core/hq/core';
import { searchStatement } from '../../electron/core/hq/search';
import { setUpHq } from '../fixtures/hq-branches';
import { startCluster } from '../unit/hq/cluster';

const TARGET_MS = 500;

function readArgs() {
  const { values } = parseArgs({
    options: {
      branches: { type: 'string', default: '20' },
      customers: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '9' },
      out: { type: 'string' },
    },
  });
  const count = (v: string) => Math.max(1, Math.floor(Number(v.replace(/_/g, ''))));
  return {
    branches: count(values.branches),
    customers: count(values.customers),
    runs: count(values.runs),
    out: values.out === undefined ? null : resolve(values.out),
  };
}

const SURNAMES = `ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗']`;
const GIVEN = `ARRAY['芳','伟','娜','敏','静','磊','强','洋','艳','勇','军','杰','娟','涛','明','超','秀英','桂英','建华','国强','Wei','Lei']`;

/** One branch's rows; `b` is its index (pairs 0–1, 2–3, … share some mobiles and ID numbers). */
async function fillBranch(admin: Client, branchId: string, b: number, n: number): Promise<void> {
  const pair = Math.floor(b / 2);
  await admin.query(
    `INSERT INTO dossier.customers (branch_id, id, kind, name, owner_id, region, mobile_masked, mobile_digest,
       id_number_digest, created_at, updated_at, version, deleted_at)
     SELECT $1, 'c-' || g, CASE WHEN g % 25 = 0 THEN 'company' ELSE 'person' END,
       CASE WHEN g % 25 = 0 THEN 'Trading Co. ' || g ELSE (${SURNAMES})[1 + g % 20] || (${GIVEN})[1 + (g / 20) % 22] END,
       's-' || (g % 12), '上海', '13' || (g % 10) || '****' || lpad(((g * 7919) % 10000)::text, 4, '0'),
       CASE WHEN g % 100 = 0 THEN encode(sha256(('m' || g || '-' || $3::int)::bytea), 'hex')
            ELSE encode(sha256(('m' || g || '@' || $2::text)::bytea), 'hex') END,
       CASE WHEN g % 25 = 0 THEN NULL
            WHEN g % 150 = 1 THEN encode(sha256(('i' || g || '-' || $3::int)::bytea), 'hex')
            ELSE encode(sha256(('i' || g || '@' || $2::text)::bytea), 'hex') END,
       now() - make_interval(days => g % 900), now() - make_interval(days => g % 90), 1,
       CASE WHEN g % 200 = 7 THEN now() END
     FROM generate_series(1, $4::int) g`,
    [branchId, b, pair, n],
  );
  await admin.query(
    `INSERT INTO dossier.customer_classes (branch_id, id, abc, rfm, frequency, value, lifecycle, period_from, period_to,
       computed_at, purchases, amount_cents, version)
     SELECT $1, 'c-' || g, CASE WHEN g % 10 < 2 THEN 'A' WHEN g % 10 < 5 THEN 'B' ELSE 'C' END, 'general_keep', 'regular',
       (ARRAY['core','potential','general','general'])[1 + g % 4], (ARRAY['exploration','formation','stable','decline'])[1 + g % 4],
       '2025-12-01', '2026-11-30', now(), g % 7, (g % 50) * 100000, 1
     FROM generate_series(1, $2::int) g`,
    [branchId, n],
  );
  await admin.query(
    `INSERT INTO dossier.callbacks (branch_id, id, customer_id, staff_id, purpose, planned_on, due_on, state, reached,
       satisfaction, attempts, created_at, updated_at, version)
     SELECT $1, 'cb-' || g, 'c-' || (1 + (g * 37) % $2::int), 's-' || (g % 12), 'care',
       current_date - (g % 365), current_date - (g % 365) + 2,
       (ARRAY['done','done','done','unreachable','open','cancelled'])[1 + g % 6], g % 6 < 3,
       CASE WHEN g % 6 < 3 AND g % 2 = 0 THEN 1 + g % 5 END, 1 + g % 3, now(), now(), 1
     FROM generate_series(1, $3::int) g`,
    [branchId, n, Math.round(n * 0.2)],
  );
  await admin.query(
    `INSERT INTO dossier.complaints (branch_id, id, customer_id, channel, category, severity, status, received_at,
       received_on, due_on, created_at, updated_at, version)
     SELECT $1, 'k-' || g, 'c-' || (1 + (g * 53) % $2::int), 'phone', 'service', 'normal',
       (ARRAY['open','in_progress','resolved','closed','closed'])[1 + g % 5], now() - make_interval(days => g % 365),
       current_date - (g % 365), current_date - (g % 365) + 15, now(), now(), 1
     FROM generate_series(1, $3::int) g`,
    [branchId, n, Math.round(n * 0.02)],
  );
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function main(): Promise<void> {
  const args = readArgs();
  const cluster = await startCluster();
  try {
    const codes = Array.from({ length: args.branches }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
    const hq = await setUpHq(
      cluster.url,
      cluster.urlFor,
      codes.map((c, i) => [c, `第${i + 1}支行`] as const),
    );
    const admin = new Client({ connectionString: cluster.url });
    await admin.connect();
    const seedStart = performance.now();
    for (const [i, code] of codes.entries()) await fillBranch(admin, hq.branches[code]!, i, args.customers);
    await admin.query('VACUUM ANALYZE');
    const seedMs = performance.now() - seedStart;
    await admin.end();
    console.log(
      `seeded ${args.branches} branches × ${args.customers} customers in ${(seedMs / 1000).toFixed(1)} s; ` +
        `${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`,
    );

    const core = createHqCore(hq.readerUrl);
    const firstBranch = hq.branches[codes[0]!]!;
    const pages: readonly [string, string, unknown][] = [
      ['branches page (hq.figures)', 'hq.figures', {}],
      ['branch page (hq.branch)', 'hq.branch', { branchId: firstBranch }],
      ['search, common surname "王芳"', 'hq.search', { query: '王芳', limit: 100 }],
      ['search, mobile "5678"', 'hq.search', { query: '5678', limit: 100 }],
      ['search, nobody "欧阳修"', 'hq.search', { query: '欧阳修', limit: 100 }],
      ['same person by ID number', 'hq.samePerson', { by: 'idNumber', limit: 50 }],
      ['same person by mobile', 'hq.samePerson', { by: 'mobile', limit: 50 }],
    ];
    const results: { page: string; median: number; max: number; ok: boolean }[] = [];
    for (const [label, channel, input] of pages) {
      const first = await core.dispatch(channel, input);
      if (!first.ok) throw new Error(`${channel}: ${JSON.stringify(first.error)}`);
      const times: number[] = [];
      for (let r = 0; r < args.runs; r++) {
        const start = performance.now();
        await core.dispatch(channel, input);
        times.push(performance.now() - start);
      }
      const m = median(times);
      results.push({ page: label, median: Math.round(m), max: Math.round(Math.max(...times)), ok: m <= TARGET_MS });
    }
    await core.close();
    // How the search for a name nobody has is read: the statement as run, and the bare substring scan it replaced.
    const reader = new Client({ connectionString: hq.readerUrl });
    await reader.connect();
    const nobody = searchStatement('欧阳修', 100);
    const bare = nobody.text.replace(/dossier\.name_grams\(c\.name\) @> dossier\.query_grams\(\$3\) AND /, '');
    for (const [label, text, values] of [
      ['as run', nobody.text, nobody.values],
      ['substring only (before head-office migration 005)', bare, nobody.values.slice(0, 2)],
    ] as const) {
      const plan = await reader.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${text}`, [...values]);
      console.log(`EXPLAIN ANALYZE, search "欧阳修", ${label}:`);
      for (const row of plan.rows) console.log(`  ${row['QUERY PLAN']}`);
    }
    await reader.end();
    for (const r of results)
      console.log(
        `${r.page.padEnd(34)} median ${String(r.median).padStart(5)} ms  max ${String(r.max).padStart(5)} ms  ${r.ok ? 'ok' : 'MISS'} (≤ ${TARGET_MS} ms)`,
      );
    if (args.out) writeFileSync(args.out, JSON.stringify({ ...args, seedMs, results }, null, 2));
  } finally {
    cluster.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 0;
});
