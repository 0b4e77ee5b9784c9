/**
 * Migration between two month ends: each live customer's class as of a month end is the newest class change on or
 * before it; the matrix counts customers by (class then, class after), and a class's stability is the share of its
 * customers at the first month end who were still in it at the second (the material's 客户稳定度判断).
 */
import { CLASSES } from '../../../shared/segments/classes';
import type { ClassStability, ComputedScheme, MigrationCell, SegmentMigration } from '../../../shared/segments/types';
import { customerScope } from '../auth/acting';
import { scopeCondition } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { monthEnd } from './period';

/** SQLite takes the bare columns of a MAX() aggregate from the row holding the maximum. */
const asOf = (scope: string): string => `
  SELECT h.customer_id, h.new_class, MAX(h.changed_on)
  FROM class_changes h JOIN customers c ON c.id = h.customer_id AND c.deleted_at IS NULL
  WHERE h.scheme = ? AND h.changed_on <= ? AND ${scope}
  GROUP BY h.customer_id`;

/** Each live customer's class as of a day: a staff member's own and unassigned customers only. */
function classesAsOf(db: Db, scheme: ComputedScheme, day: string): Map<string, string> {
  const scope = scopeCondition();
  const rows = stmt(db, asOf(scope.sql))
    .raw()
    .all(scheme, day, ...scope.params) as [string, string][];
  return new Map(rows.map(([id, cls]) => [id, cls]));
}

/** Whether anything was computed as of a day or before it. */
function computedBy(db: Db, day: string): boolean {
  return stmt(db, 'SELECT 1 FROM class_changes WHERE changed_on <= ? LIMIT 1').get(day) !== undefined;
}

export function segmentMigration(db: Db, scheme: ComputedScheme, from: string, to: string): SegmentMigration {
  const fromDate = monthEnd(from);
  const toDate = monthEnd(to);
  const before = classesAsOf(db, scheme, fromDate);
  const after = classesAsOf(db, scheme, toDate);
  const cells = new Map<string, MigrationCell>();
  for (const [id, now] of after) {
    const was = before.get(id) ?? null;
    const key = `${was}\u0000${now}`;
    const cell = cells.get(key);
    cells.set(key, { from: was, to: now, customers: (cell?.customers ?? 0) + 1 });
  }
  const classes = CLASSES[scheme];
  const stability: ClassStability[] = classes.map((cls) => {
    let customers = 0;
    let stayed = 0;
    for (const cell of cells.values())
      if (cell.from === cls) {
        customers += cell.customers;
        if (cell.to === cls) stayed += cell.customers;
      }
    return { class: cls, customers, stayed, share: customers > 0 ? stayed / customers : null };
  });
  const order = (c: string | null) => (c === null ? -1 : classes.indexOf(c));
  return {
    scheme,
    from,
    to,
    fromDate,
    toDate,
    classes,
    cells: [...cells.values()].sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to)),
    stability,
    scoped: customerScope() !== null,
    complete: computedBy(db, fromDate) && computedBy(db, toDate),
  };
}
