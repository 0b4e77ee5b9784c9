/**
 * Search and list benchmark over seeded demo data.
 *
 *   npx esbuild tests/bench/bench.ts --bundle --platform=node --format=cjs --outfile=/tmp/bench.cjs --external:better-sqlite3
 *   node /tmp/bench.cjs [--customers 100000] [--iterations 200] [--full] [--out bench-results.json] [--keep]
 *                       [--sizes 10000,100000]
 *
 * Seeds temp file databases (10k and 100k customers, 1M with --full or BENCH_FULL=1, plus --customers N), times
 * searchCustomers and listCustomers with varied terms drawn from the seeded rows, prints tables and writes JSON.
 * For each query family that misses its target it prints EXPLAIN QUERY PLAN and the time of each SQL statement of
 * the slowest call. Always exits 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Statement } from 'better-sqlite3';
import { countMatching, listCustomers } from '../../electron/core/customers/list';
import { searchCustomers } from '../../electron/core/search/search';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { seedDemo } from '../../electron/core/seed/demo';
import { mulberry32 } from '../../electron/core/seed/random';
import { customerFilter, customerListQuery } from '../../shared/customers/schemas';
import { CLASS_FILTERS, fillSegments, saveSegments } from './segments';

// ---------------------------------------------------------------------------------------------------------------
// Arguments

interface Args {
  customers: number;
  iterations: number;
  full: boolean;
  out: string;
  keep: boolean;
  /** Scaling sizes; default 10k and 100k (+1M with --full). */
  sizes: number[] | null;
  /** Timing budget per query family in ms (at least 20 samples are always taken). */
  budgetMs: number;
}

const USAGE = `usage: node bench.cjs [--customers N] [--iterations N] [--full] [--sizes 10000,100000] [--budget S] [--out FILE] [--keep]
  --customers N    main database size whose results are checked against the targets (default 100000)
  --iterations N   timed queries per query family (default 200)
  --full           also measure 1,000,000 customers (same as BENCH_FULL=1; takes several minutes to seed)
  --sizes LIST     scaling sizes instead of 10000,100000[,1000000]
  --out FILE       JSON results (default ./bench-results.json)
  --budget S       stop timing a family after S seconds once it has 20 samples (default 60)
  --keep           keep the temporary databases`;

const count = (v: string, min: number): number => Math.max(min, Math.floor(Number(v.replace(/_/g, ''))));

function readArgs(argv: readonly string[]): Args {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      customers: { type: 'string', default: '100000' },
      iterations: { type: 'string', default: '200' },
      full: { type: 'boolean', default: process.env['BENCH_FULL'] === '1' },
      out: { type: 'string', default: 'bench-results.json' },
      keep: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      budget: { type: 'string', default: '60' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const customers = count(values.customers, 1);
  if (!Number.isFinite(customers)) throw new Error('--customers needs a number');
  return {
    customers,
    iterations: count(values.iterations, 5),
    full: values.full,
    out: resolve(process.cwd(), values.out),
    keep: values.keep,
    sizes: values.sizes?.split(',').map((v) => count(v, 1)) ?? null,
    budgetMs: Math.max(1, Number(values.budget)) * 1000,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics

interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
  /** Average rows returned (search hits, or list total). */
  readonly rows: number;
}

function stats(times: readonly number[], rows: readonly number[]): Stats {
  const s = [...times].sort((a, b) => a - b);
  const at = (i: number): number => s[Math.min(s.length - 1, Math.max(0, i))] ?? 0;
  const mid = s.length / 2;
  const median = s.length % 2 === 1 ? at(Math.floor(mid)) : (at(mid - 1) + at(mid)) / 2;
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    n: s.length,
    median: round(median),
    p95: round(at(Math.ceil(0.95 * s.length) - 1)),
    max: round(at(s.length - 1)),
    mean: round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
    rows: round(rows.reduce((a, b) => a + b, 0) / Math.max(1, rows.length)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// SQL capture: which statements a call ran, with which parameters, for EXPLAIN QUERY PLAN.

interface Executed {
  readonly sql: string;
  readonly params: unknown[];
}

/** Wraps db.prepare so every statement records its runs; the repository's cache then holds wrapped statements. */
function captureSql(db: Db): { take: () => Executed[] } {
  let log: Executed[] = [];
  const prepare = db.prepare.bind(db);
  const wrapped = (source: string): Statement => {
    const s = prepare(source) as Statement;
    const all = s.all.bind(s);
    const get = s.get.bind(s);
    s.all = (...params: unknown[]) => {
      log.push({ sql: source, params });
      return all(...params);
    };
    s.get = (...params: unknown[]) => {
      log.push({ sql: source, params });
      return get(...params);
    };
    return s;
  };
  db.prepare = wrapped as Db['prepare'];
  return {
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Workload

const SEARCH_FAMILIES = [
  'name, 2 chars',
  'name, 3 chars',
  'initials, 2 letters',
  'initials, 3 letters',
  'full pinyin',
  'phone, 4 digits',
  'phone, 7 digits',
  'mobile typed "138 1234"',
  'ID number, last 6',
] as const;
type SearchFamily = (typeof SEARCH_FAMILIES)[number];

const LIST_FAMILIES = [
  'sort by name',
  'sort by updatedAt',
  'sort by region',
  'tag filter',
  'with query',
  'class filter',
  'saved segment',
] as const;
type ListFamily = (typeof LIST_FAMILIES)[number];

const TAGS = ['VIP', '优质客户', '理财', '基金', '保险', '贷款', '潜力客户', '沉睡客户', '企业主', '代发工资'];

interface Sample {
  kind: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  mobile: string | null;
  id_number: string | null;
}

const CJK_ONLY = /^[\u3400-\u9fff]+$/;

/** `count` varied search terms per family, drawn from random seeded customers. */
function searchTerms(db: Db, count: number, seed: number): Record<SearchFamily, string[]> {
  const rand = mulberry32(seed);
  const maxRowid = (db.prepare('SELECT max(rowid) AS m FROM customers').get() as { m: number }).m;
  const byRowid = db.prepare(
    'SELECT kind, name, name_pinyin, name_initials, mobile, id_number FROM customers WHERE rowid = ?',
  );
  const terms = Object.fromEntries(SEARCH_FAMILIES.map((f) => [f, [] as string[]])) as Record<SearchFamily, string[]>;
  const add = (family: SearchFamily, term: string | null): void => {
    if (term && terms[family].length < count) terms[family].push(term);
  };
  for (let guard = 0; guard < count * 200; guard += 1) {
    if (SEARCH_FAMILIES.every((f) => terms[f].length >= count)) break;
    const c = byRowid.get(1 + Math.floor(rand() * maxRowid)) as Sample | undefined;
    if (!c) continue;
    const chinese = c.kind === 'person' && CJK_ONLY.test(c.name);
    if (chinese) {
      const chars = Array.from(c.name);
      if (chars.length >= 2) add('name, 2 chars', rand() < 0.5 ? chars.slice(0, 2).join('') : chars.slice(-2).join(''));
      if (chars.length >= 3) add('name, 3 chars', chars.slice(0, 3).join(''));
      if (c.name_initials.length >= 2) add('initials, 2 letters', c.name_initials.slice(0, 2));
      if (c.name_initials.length >= 3) add('initials, 3 letters', c.name_initials.slice(0, 3));
      add('full pinyin', c.name_pinyin);
    }
    if (c.mobile) {
      add('phone, 4 digits', c.mobile.slice(-4));
      add('phone, 7 digits', c.mobile.slice(0, 7));
      add('mobile typed "138 1234"', `${c.mobile.slice(0, 3)} ${c.mobile.slice(3, 7)}`);
    }
    if (c.id_number && c.kind === 'person') add('ID number, last 6', c.id_number.slice(-6));
  }
  return terms;
}

type ListInput = Parameters<typeof customerListQuery.parse>[0];

function listInputs(
  terms: Record<SearchFamily, string[]>,
  count: number,
  segments: readonly string[],
): Record<ListFamily, ListInput[]> {
  const queries = [
    ...terms['name, 2 chars'],
    ...terms['name, 3 chars'],
    ...terms['initials, 3 letters'],
    ...terms['phone, 4 digits'],
  ];
  const out = {} as Record<ListFamily, ListInput[]>;
  const dir = (i: number): 'asc' | 'desc' => (i % 2 === 0 ? 'asc' : 'desc');
  out['sort by name'] = Array.from({ length: count }, (_, i) => ({ sort: 'name', direction: dir(i) }));
  out['sort by updatedAt'] = Array.from({ length: count }, (_, i) => ({ sort: 'updatedAt', direction: dir(i + 1) }));
  out['sort by region'] = Array.from({ length: count }, (_, i) => ({ sort: 'region', direction: dir(i) }));
  out['tag filter'] = Array.from({ length: count }, (_, i) => ({ sort: 'updatedAt', tag: TAGS[i % TAGS.length] }));
  out['with query'] = Array.from({ length: count }, (_, i) => ({
    sort: 'updatedAt',
    query: queries[(i * 7) % Math.max(1, queries.length)] ?? '',
  }));
  // As a chart's link opens the list (sorted by the last change), and as a pinned segment does.
  out['class filter'] = Array.from({ length: count }, (_, i) => ({
    sort: i % 3 === 2 ? 'name' : 'updatedAt',
    direction: dir(i),
    ...CLASS_FILTERS[i % CLASS_FILTERS.length],
    classes: [...(CLASS_FILTERS[i % CLASS_FILTERS.length]?.classes ?? [])],
  }));
  out['saved segment'] = Array.from({ length: count }, (_, i) => ({
    sort: i % 3 === 2 ? 'name' : 'updatedAt',
    direction: dir(i),
    segmentId: segments[i % segments.length],
  }));
  return out;
}

interface FamilyResult {
  readonly family: string;
  readonly stats: Stats;
  readonly times: readonly number[];
  readonly rows: readonly number[];
  readonly slowest: { readonly input: unknown; readonly ms: number; readonly sql: Executed[] };
}

const MIN_SAMPLES = 20;

function measure<T>(
  family: string,
  inputs: readonly T[],
  run: (input: T) => number,
  capture: { take: () => Executed[] },
  budgetMs: number,
): FamilyResult {
  // Warm-up: prepare statements and pull pages into the cache; not timed (10 calls or 2 s, whichever is first).
  const warmStart = performance.now();
  for (const input of inputs.slice(0, Math.min(10, inputs.length))) {
    run(input);
    if (performance.now() - warmStart > 2000) break;
  }
  capture.take();
  const times: number[] = [];
  const rows: number[] = [];
  let slowest: FamilyResult['slowest'] = { input: null, ms: -1, sql: [] };
  const started = performance.now();
  for (const input of inputs) {
    // A family that is far too slow (seconds per call at 1M) stops after its time budget, with at least 20 samples.
    if (times.length >= MIN_SAMPLES && performance.now() - started > budgetMs) break;
    const t = performance.now();
    const n = run(input);
    const ms = performance.now() - t;
    const sql = capture.take();
    times.push(ms);
    rows.push(n);
    if (ms > slowest.ms) slowest = { input, ms: Math.round(ms * 100) / 100, sql };
  }
  return { family, stats: stats(times, rows), times, rows, slowest };
}

interface Suite {
  readonly customers: number;
  readonly interactions: number;
  readonly seedMs: number;
  readonly search: FamilyResult[];
  readonly list: FamilyResult[];
  /** A saved segment's count (its nav badge), target 50 ms. */
  readonly segmentCount: FamilyResult;
  readonly allSearch: Stats;
  readonly allList: Stats;
}

function runSuite(
  db: Db,
  capture: { take: () => Executed[] },
  iterations: number,
  budgetMs: number,
): Omit<Suite, 'customers' | 'interactions' | 'seedMs'> {
  const terms = searchTerms(db, iterations, 42);
  const search = SEARCH_FAMILIES.map((family) =>
    measure(family, terms[family], (term) => searchCustomers(db, term, 20).length, capture, budgetMs),
  );
  fillSegments(db);
  const segments = saveSegments(db);
  const inputs = listInputs(terms, iterations, segments);
  const list = LIST_FAMILIES.map((family) =>
    measure(
      family,
      inputs[family],
      (input) => listCustomers(db, customerListQuery.parse(input)).total,
      capture,
      budgetMs,
    ),
  );
  const segmentCount = measure(
    'saved segment count',
    Array.from({ length: iterations }, (_, i) => segments[i % segments.length] ?? ''),
    (segmentId) => countMatching(db, customerFilter.parse({ segmentId })),
    capture,
    budgetMs,
  );
  return { search, list, segmentCount, allSearch: pooled(search), allList: pooled(list) };
}

/** Every timed call of the families together. */
const pooled = (results: readonly FamilyResult[]): Stats =>
  stats(
    results.flatMap((r) => r.times),
    results.flatMap((r) => r.rows),
  );

// ---------------------------------------------------------------------------------------------------------------
// Output

const TARGET_QUERY_MS = 20;
const TARGET_SEGMENT_COUNT_MS = 50;
const TARGET_SEED_MS_PER_100K = 30_000;

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pad = (s: string, n: number): string => {
  // East Asian characters take two columns in a terminal.
  const width = Array.from(s).reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
};
const lpad = (s: string, n: number): string => ' '.repeat(Math.max(0, n - s.length)) + s;

function printFamilies(title: string, results: readonly FamilyResult[], target = TARGET_QUERY_MS): void {
  console.log(`\n${title}`);
  console.log(
    `  ${pad('query', 28)}${lpad('n', 5)}${lpad('median', 9)}${lpad('p95', 9)}${lpad('max', 9)}${lpad('rows', 10)}  target`,
  );
  for (const r of results) {
    const ok = r.stats.p95 <= target ? 'ok' : 'MISSED';
    console.log(
      `  ${pad(r.family, 28)}${lpad(String(r.stats.n), 5)}${lpad(fmt(r.stats.median), 9)}${lpad(fmt(r.stats.p95), 9)}${lpad(fmt(r.stats.max), 9)}${lpad(fmt(r.stats.rows), 10)}  ${ok}`,
    );
  }
}

function explain(db: Db, r: FamilyResult): string[] {
  const lines = [`  ${r.family}: slowest call ${fmt(r.slowest.ms)} ms, input ${JSON.stringify(r.slowest.input)}`];
  for (const e of r.slowest.sql) {
    const t = performance.now();
    db.prepare(e.sql).all(...e.params);
    const ms = performance.now() - t;
    lines.push(`    ${fmt(ms)} ms  ${e.sql.replace(/\s+/g, ' ').slice(0, 160)}…`);
    lines.push(`      params ${JSON.stringify(e.params)}`);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${e.sql}`).all(...e.params) as {
      id: number;
      parent: number;
      detail: string;
    }[];
    const depth = new Map<number, number>([[0, 0]]);
    for (const p of plan) {
      const d = (depth.get(p.parent) ?? 0) + 1;
      depth.set(p.id, d);
      lines.push(`      ${'  '.repeat(d)}${p.detail}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------

function main(): void {
  const args = readArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const scale = args.sizes ?? [10_000, 100_000, ...(args.full ? [1_000_000] : [])];
  const sizes = [...new Set([...scale, args.customers])].sort((a, b) => a - b);
  const cpu = cpus();
  const machine = {
    cpus: cpu.length,
    model: cpu[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  console.log(`Dossier benchmark — ${new Date().toISOString()}`);
  console.log(`${machine.cpus} × ${machine.model}, ${machine.memoryGb} GB, node ${machine.node}`);
  console.log(`sizes ${sizes.join(', ')}; main ${args.customers}; ${args.iterations} queries per family; temp ${dir}`);

  const suites: Suite[] = [];
  const missed: string[] = [];
  const diagnostics: string[] = [];
  try {
    for (const size of sizes) {
      const path = join(dir, `bench-${size}.sqlite`);
      const db = openDatabase(path);
      const capture = captureSql(db);
      let lastReport = 0;
      process.stdout.write(`\nseeding ${size} customers… `);
      const seeded = seedDemo(db, {
        customers: size,
        seed: 1,
        interactionsPerCustomer: 5,
        onProgress: (done, total) => {
          const now = performance.now();
          if (now - lastReport > 5000 || done === total) {
            lastReport = now;
            process.stdout.write(`${Math.round((100 * done) / total)}% `);
          }
        },
      });
      console.log(
        `\nseeded ${seeded.customers} customers, ${seeded.interactions} interactions, ${seeded.contacts} contacts in ${(seeded.ms / 1000).toFixed(1)} s`,
      );
      // No ANALYZE / PRAGMA optimize: the app never runs them, so the planner works without sqlite_stat1 here too.
      const suite: Suite = {
        customers: seeded.customers,
        interactions: seeded.interactions,
        seedMs: seeded.ms,
        ...runSuite(db, capture, args.iterations, args.budgetMs),
      };
      suites.push(suite);
      printFamilies(`searchCustomers at ${size} customers (ms, limit 20)`, suite.search);
      printFamilies(`listCustomers page 0 at ${size} customers (ms, page size 50, incl. count)`, suite.list);
      printFamilies(`countMatching at ${size} customers (ms)`, [suite.segmentCount], TARGET_SEGMENT_COUNT_MS);

      if (size === args.customers) {
        const seedTarget = (TARGET_SEED_MS_PER_100K * Math.max(size, 100_000)) / 100_000;
        if (seeded.ms > seedTarget)
          missed.push(
            `seed of ${size} customers took ${(seeded.ms / 1000).toFixed(1)} s (target ${(seedTarget / 1000).toFixed(0)} s)`,
          );
        for (const [kind, results] of [
          ['search', suite.search],
          ['list', suite.list],
        ] as const) {
          for (const r of results) {
            if (r.stats.p95 <= TARGET_QUERY_MS) continue;
            missed.push(`${kind} "${r.family}" p95 ${fmt(r.stats.p95)} ms (target ${TARGET_QUERY_MS} ms)`);
            diagnostics.push(...explain(db, r));
          }
        }
        if (suite.segmentCount.stats.p95 > TARGET_SEGMENT_COUNT_MS) {
          missed.push(`saved segment count p95 ${fmt(suite.segmentCount.stats.p95)} ms (target 50 ms)`);
          diagnostics.push(...explain(db, suite.segmentCount));
        }
      }
      db.close();
      if (!args.keep) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    }
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }

  // Scaling table: every family at every size; ratio 100k / 10k (or largest / smallest scaling size).
  const label = (n: number): string =>
    n >= 1_000_000 && n % 1_000_000 === 0
      ? `${n / 1_000_000}M`
      : n >= 1000 && n % 1000 === 0
        ? `${n / 1000}k`
        : String(n);
  const scaleSuites = suites.filter((s) => scale.includes(s.customers));
  const lo = scaleSuites.find((s) => s.customers === 10_000) ?? scaleSuites[0];
  const hi = scaleSuites.find((s) => s.customers === 100_000) ?? scaleSuites.at(-1);
  const ratioLabel = lo && hi ? `${label(hi.customers)}/${label(lo.customers)}` : 'ratio';
  console.log('\nScaling (p50 / p95 ms)');
  console.log(
    `  ${pad('query', 28)}${suites.map((s) => lpad(label(s.customers), 15)).join('')}${lpad(`${ratioLabel} p50`, 15)}${lpad('p95', 7)}`,
  );
  const scaling: {
    family: string;
    sizes: Record<string, { median: number; p95: number }>;
    ratio: string;
    ratioMedian: number | null;
    ratioP95: number | null;
  }[] = [];
  const families = [
    ...SEARCH_FAMILIES.map((f) => ['search', f] as const),
    ['search', 'all search'] as const,
    ...LIST_FAMILIES.map((f) => ['list', f] as const),
    ['list', 'all list'] as const,
  ];
  for (const [kind, family] of families) {
    const pick = (s: Suite | undefined): Stats | undefined => {
      if (!s) return undefined;
      if (family === 'all search') return s.allSearch;
      if (family === 'all list') return s.allList;
      return (kind === 'search' ? s.search : s.list).find((r) => r.family === family)?.stats;
    };
    const cell = (st: Stats | undefined): string => (st ? `${fmt(st.median)} / ${fmt(st.p95)}` : '–');
    const ratio = (x: number | undefined, y: number | undefined): number | null =>
      x !== undefined && y !== undefined && x > 0 && lo !== hi ? Math.round((y / x) * 10) / 10 : null;
    const rMedian = ratio(pick(lo)?.median, pick(hi)?.median);
    const rP95 = ratio(pick(lo)?.p95, pick(hi)?.p95);
    const sizesOut: Record<string, { median: number; p95: number }> = {};
    for (const s of suites) {
      const st = pick(s);
      if (st) sizesOut[String(s.customers)] = { median: st.median, p95: st.p95 };
    }
    scaling.push({
      family: `${kind}: ${family}`,
      sizes: sizesOut,
      ratio: ratioLabel,
      ratioMedian: rMedian,
      ratioP95: rP95,
    });
    const name = kind === 'list' && !family.startsWith('all') ? `list: ${family}` : family;
    console.log(
      `  ${pad(name, 28)}${suites.map((s) => lpad(cell(pick(s)), 15)).join('')}${lpad(rMedian === null ? '–' : `${rMedian}×`, 15)}${lpad(rP95 === null ? '–' : `${rP95}×`, 7)}`,
    );
  }
  console.log('  (all search / all list: every timed call of those families pooled)');

  console.log('\nSeed times');
  for (const s of suites)
    console.log(
      `  ${lpad(String(s.customers), 9)} customers + ${lpad(String(s.interactions), 9)} interactions: ${(s.seedMs / 1000).toFixed(1)} s`,
    );

  if (missed.length === 0)
    console.log(
      '\nAll targets met (search p95 ≤ 20 ms, list p95 ≤ 20 ms, saved segment count p95 ≤ 50 ms, seed of 100k ≤ 30 s).',
    );
  else {
    console.log(`\nTARGETS MISSED at ${args.customers} customers:`);
    for (const m of missed) console.log(`  - ${m}`);
    console.log('\nQuery plans of the slowest call of each family that missed:');
    for (const line of diagnostics) console.log(line);
  }

  const result = {
    date: new Date().toISOString(),
    command: `node ${process.argv.slice(1).join(' ')}`,
    machine,
    args: { customers: args.customers, iterations: args.iterations, full: args.full, budgetMs: args.budgetMs },
    targets: {
      queryP95Ms: TARGET_QUERY_MS,
      segmentCountP95Ms: TARGET_SEGMENT_COUNT_MS,
      seedMsPer100k: TARGET_SEED_MS_PER_100K,
    },
    suites: suites.map((s) => ({
      customers: s.customers,
      interactions: s.interactions,
      seedMs: s.seedMs,
      search: Object.fromEntries(
        s.search.map((r) => [r.family, { ...r.stats, slowest: { input: r.slowest.input, ms: r.slowest.ms } }]),
      ),
      list: Object.fromEntries(
        s.list.map((r) => [r.family, { ...r.stats, slowest: { input: r.slowest.input, ms: r.slowest.ms } }]),
      ),
      segmentCount: { ...s.segmentCount.stats, slowest: s.segmentCount.slowest.ms },
      allSearch: s.allSearch,
      allList: s.allList,
    })),
    scaling,
    missed,
    diagnostics,
  };
  writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nJSON written to ${args.out}`);
}

// Missed targets are reported, not failed: exit 0. Only a crash exits non-zero.
try {
  main();
  process.exitCode = 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
