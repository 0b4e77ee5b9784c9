/**
 * A staff member's Segments page: their own and unassigned live customers' classes, counted from the class code stored
 * with the classes; the same as counting the rows one by one, after a computation and after upgrading a database
 * whose classes were computed before the code existed.
 */
import { describe, expect, it } from 'vitest';
import { acting } from '../../../electron/core/auth/acting';
import { createCustomer, deleteCustomer } from '../../../electron/core/customers/records';
import { migrate, openDatabase, schemaVersion, type Db } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import * as classCodeMigration from '../../../electron/core/db/migrations/026-class-code';
import { mulberry32 } from '../../../electron/core/seed/random';
import { computeSegments } from '../../../electron/core/segments/compute';
import { CLASS_CODE_SQL, classCode, decodeClassCode } from '../../../electron/core/segments/class-code';
import { segmentsOverview } from '../../../electron/core/segments/overview';
import { createStaff } from '../../../electron/core/staff/staff';
import { CLASSES } from '../../../shared/segments/classes';
import { COMPUTED_SCHEMES, type SegmentsOverview } from '../../../shared/segments/types';
import { customer } from '../helpers';

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', 'Emily Carter', 'James Liu', '赵敏', '周杰', 'Sheryl Baxter'];

/**
 * 40 customers: 王芳 looks after 14, 陈磊 after 13, nobody after 13. Most bought a few times over two years, a long
 * tail spending most; every fifth stopped a year ago, every seventh never bought.
 */
function branch() {
  const db = openDatabase(':memory:');
  const wang = createStaff(db, '王芳').id;
  const chen = createStaff(db, '陈磊').id;
  const random = mulberry32(7);
  const buy = db.prepare(
    `INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, profit_cents, created_at, updated_at)
     VALUES (?, ?, ?, '稳健理财A款', ?, ?, '2025-01-01T02:00:00Z', '2025-01-01T02:00:00Z')`,
  );
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const ownerId = [wang, chen, null][i % 3]!;
    const mobile = `139${String(10_000_000 + i * 7_919).slice(-8)}`;
    const id = createCustomer(db, customer({ name: `${NAMES[i % 10]}${i}`, mobile, ownerId }), null).id;
    ids.push(id);
    if (i % 7 === 3) continue;
    const scale = 20_000 / Math.pow(1 - random() * 0.99, 0.8);
    const stopped = i % 5 === 1;
    for (let k = 0; k < 1 + Math.floor(random() * 8); k++) {
      const day = stopped ? 400 + Math.floor(random() * 300) : Math.floor(random() * 700);
      const on = new Date(Date.UTC(2025, 10, 30) - day * 86_400_000).toISOString().slice(0, 10);
      const amount = Math.round(scale * (0.5 + random())) * 100;
      buy.run(`t${i}-${k}`, id, on, amount, Math.round(amount * 0.02));
    }
  }
  db.prepare("UPDATE customers SET created_at = '2023-05-01T02:00:00.000Z'").run();
  return { db, wang, ids };
}

const asStaff = (staffId: string) => ({ viewer: { staffId, role: 'staff' as const, restricted: true }, session: null });

/** The page's figures as a staff member sees them. */
function staffFigures(db: Db, staffId: string) {
  const o = acting.run(asStaff(staffId), () => segmentsOverview(db, true));
  return {
    totals: [o.customers, o.amountCents, o.profitCents],
    classes: Object.fromEntries(
      COMPUTED_SCHEMES.map((s) => [
        s,
        (o[s] as SegmentsOverview['abc'])!.classes.map((c) => [c.class, c.customers, c.amountCents, c.profitCents]),
      ]),
    ),
    grid: o.rfm!.grid.filter((c) => c.customers > 0).map((c) => [c.r, c.f, c.customers]),
  };
}

interface StoredRow {
  readonly [scheme: string]: unknown;
  readonly amount_cents: number;
  readonly profit_cents: number;
  readonly r_score: number | null;
  readonly f_score: number | null;
}

/** The same figures counted the slow way: every customer in scope, one by one. */
function countedOneByOne(db: Db, staffId: string) {
  const rows = db
    .prepare(
      `SELECT s.* FROM customers c JOIN customer_segments s ON s.customer_id = c.id
       WHERE c.deleted_at IS NULL AND (c.owner_id = ? OR c.owner_id IS NULL)`,
    )
    .all(staffId) as StoredRow[];
  const sum = (of: readonly StoredRow[], k: 'amount_cents' | 'profit_cents') => of.reduce((n, r) => n + r[k], 0);
  const grid: number[][] = [];
  for (let r = 5; r >= 1; r--)
    for (let f = 1; f <= 5; f++) {
      const n = rows.filter((x) => x.r_score === r && x.f_score === f).length;
      if (n > 0) grid.push([r, f, n]);
    }
  return {
    totals: [rows.length, sum(rows, 'amount_cents'), sum(rows, 'profit_cents')],
    classes: Object.fromEntries(
      COMPUTED_SCHEMES.map((s) => [
        s,
        CLASSES[s].map((cls) => {
          const of = rows.filter((r) => r[s] === cls);
          return [cls, of.length, sum(of, 'amount_cents'), sum(of, 'profit_cents')];
        }),
      ]),
    ),
    grid,
  };
}

describe('a staff member’s Segments page', () => {
  it('counts their own and unassigned live customers as counting them one by one does, computed and recomputed', () => {
    const { db, wang, ids } = branch();
    computeSegments(db, '2025-11-30', null);
    // One of 王芳's customers is deleted after the computation: their row stays until the next one.
    deleteCustomer(db, ids[6]!, null);
    const first = staffFigures(db, wang);
    expect(first).toEqual(countedOneByOne(db, wang));
    // 王芳's 14 less the deleted one, and the 13 nobody looks after; not 陈磊's 13.
    expect(first.totals[0]).toBe(26);
    expect(first.classes.rfm!.filter(([, n]) => (n as number) > 0).length).toBeGreaterThan(3);
    expect(first.classes.rfm!.find(([cls]) => cls === 'none')![1]).toBeGreaterThan(0);
    expect(first.grid.length).toBeGreaterThan(5);

    // A month later, with more purchases: most rows are rewritten keeping their classes, some scores move.
    const buy = db.prepare(
      `INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, profit_cents, created_at, updated_at)
       VALUES (?, ?, '2025-12-15', '稳健理财A款', ?, ?, '2025-12-15T02:00:00Z', '2025-12-15T02:00:00Z')`,
    );
    for (let i = 0; i < 40; i += 4) buy.run(`d${i}`, ids[i], 3_000_000 + i * 10_000, 60_000);
    computeSegments(db, '2025-12-31', null);
    const later = staffFigures(db, wang);
    expect(later).toEqual(countedOneByOne(db, wang));
    expect(later.totals[0]).toBe(26);
    expect(later).not.toEqual(first);
  });

  it('shows the same figures after upgrading a database whose classes were computed before the class code', () => {
    const { db, wang, ids } = branch();
    computeSegments(db, '2025-11-30', null);
    deleteCustomer(db, ids[6]!, null);
    const computed = staffFigures(db, wang);
    // The database as the version before the code left it: the same rows, without the column.
    const version = MIGRATIONS.findIndex((m) => m.up === classCodeMigration.up) + 1;
    db.exec('ALTER TABLE customer_segments DROP COLUMN class_code');
    db.pragma(`user_version = ${version - 1}`);
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT count(*) AS n FROM customer_segments WHERE class_code IS NULL').get()).toEqual({ n: 0 });
    const upgraded = staffFigures(db, wang);
    expect(upgraded).toEqual(countedOneByOne(db, wang));
    expect(upgraded).toEqual(computed);
    expect(upgraded.totals[0]).toBe(26);
  });

  it('gives every combination of classes and scores its own code, the same in the upgrade’s SQL as in a computation', () => {
    const db = openDatabase(':memory:');
    const inSql = db
      .prepare(
        `SELECT ${CLASS_CODE_SQL} FROM (SELECT ? AS abc, ? AS rfm, ? AS frequency, ? AS value, ? AS lifecycle,
           ? AS r_score, ? AS f_score)`,
      )
      .pluck();
    const seen = new Set<number>();
    for (const abc of CLASSES.abc)
      for (const rfm of CLASSES.rfm)
        for (const frequency of CLASSES.frequency)
          for (const value of CLASSES.value)
            for (const lifecycle of CLASSES.lifecycle)
              for (const [r, f] of [
                [null, null],
                [1, 5],
                [5, 1],
                [3, 3],
              ] as const) {
                const classes = { abc, rfm, frequency, value, lifecycle, r, f };
                const code = classCode(classes)!;
                expect(decodeClassCode(code)).toEqual(classes);
                expect(inSql.get(abc, rfm, frequency, value, lifecycle, r, f)).toBe(code);
                seen.add(code);
              }
    expect(seen.size).toBe(3 * 9 * 3 * 3 * 4 * 4);
    const unknown = { abc: 'A', rfm: 'vip', frequency: 'high', value: 'core', lifecycle: 'stable', r: 5, f: 5 };
    expect(classCode(unknown)).toBeNull();
    expect(inSql.get('A', 'vip', 'high', 'core', 'stable', 5, 5)).toBeNull();
  });
});
