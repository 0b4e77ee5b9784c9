/**
 * Quick query timings on an existing database (e.g. one made by `dossier seed-demo`):
 *   node dist/tests/queries.cjs --db demo.db
 * 200 calls per family with terms drawn from the database's own names; p50 and p95 in ms.
 *   node dist/tests/queries.cjs --db branch.db --terms 有限公司,17100
 * times the search box (20 hits) and the list's first page with its total for each given term instead, 15 calls
 * each: for terms that many customers share, such as those of one imported file.
 */
import { parseArgs } from 'node:util';
import { listCustomers } from '../../electron/core/customers/list';
import { searchCustomers } from '../../electron/core/search/search';
import { openDatabase } from '../../electron/core/db/open';
import { customerListQuery } from '../../shared/customers/schemas';

const { values } = parseArgs({ options: { db: { type: 'string' }, terms: { type: 'string' } } });
if (!values.db) throw new Error('--db PATH is required');
const db = openDatabase(values.db);

if (values.terms) {
  const CALLS = 15;
  const median = (run: () => unknown): string => {
    const xs = Array.from({ length: CALLS }, () => {
      const t = performance.now();
      run();
      return performance.now() - t;
    }).sort((a, b) => a - b);
    return (xs[Math.floor(CALLS / 2)] ?? 0).toFixed(1).padStart(7);
  };
  console.log(`${'term'.padEnd(16)} search (ms)  list page 0 (ms)  matches`);
  for (const term of values.terms.split(',')) {
    const list = () => listCustomers(db, customerListQuery.parse({ query: term }));
    console.log(
      `${term.padEnd(16)} ${median(() => searchCustomers(db, term, 20))}      ${median(list)}        ${list().total}`,
    );
  }
  db.close();
  process.exit(0);
}
const names = db
  .prepare(
    "SELECT name, name_initials AS i FROM customers WHERE kind = 'person' AND length(name) = 3 LIMIT 200 OFFSET 500",
  )
  .all() as { name: string; i: string }[];
const tags = (db.prepare('SELECT DISTINCT tag FROM customer_tags LIMIT 10').all() as { tag: string }[]).map(
  (r) => r.tag,
);

function time(label: string, run: (k: number) => unknown): void {
  const xs: number[] = [];
  for (let k = 0; k < names.length; k++) {
    const t = performance.now();
    run(k);
    xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  const at = (q: number): string => (xs[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0).toFixed(2);
  console.log(`${label.padEnd(30)} p50 ${at(0.5).padStart(7)}  p95 ${at(0.95).padStart(7)}`);
}

const name = (k: number): string => names[k]?.name ?? '';
time('search: name, 1 char', (k) => searchCustomers(db, name(k).slice(0, 1), 20));
time('search: name, 2 chars', (k) => searchCustomers(db, name(k).slice(0, 2), 20));
time('search: name, 3 chars', (k) => searchCustomers(db, name(k), 20));
time('search: initials, 2 letters', (k) => searchCustomers(db, (names[k]?.i ?? '').slice(0, 2), 20));
time('list: sort by name', () => listCustomers(db, customerListQuery.parse({ sort: 'name', direction: 'asc' })));
time('list: sort by region', (k) =>
  listCustomers(db, customerListQuery.parse({ sort: 'region', direction: k % 2 ? 'asc' : 'desc' })),
);
time('list: tag filter', (k) =>
  listCustomers(db, customerListQuery.parse({ tag: tags[k % Math.max(1, tags.length)] })),
);
time('list: 2-char query', (k) => listCustomers(db, customerListQuery.parse({ query: name(k).slice(0, 2) })));
db.close();
