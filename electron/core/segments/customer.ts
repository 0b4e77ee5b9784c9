/** One customer's classes, the figures behind them, and every change of class (the customer page's card). */
import { CLASSES, type Scheme } from '../../../shared/segments/classes';
import type { ClassChange, CustomerClasses, CustomerSegments } from '../../../shared/segments/types';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { expandReasons, type SegmentRow } from './reasons';
import { readSummary } from './store';

/** Rank of a class within its scheme, higher is better; lifecycle ranks stable > formation > exploration > decline. */
const LIFECYCLE_RANK: Readonly<Record<string, number>> = { stable: 3, formation: 2, exploration: 1, decline: 0 };
function rankOf(scheme: Scheme, cls: string): number {
  if (scheme === 'lifecycle') return LIFECYCLE_RANK[cls] ?? -1;
  const classes = CLASSES[scheme];
  // Risk levels are not better or worse; C5 simply ranks above C1.
  return scheme === 'risk' ? classes.indexOf(cls) : classes.length - classes.indexOf(cls);
}

function changeDirection(scheme: Scheme, oldClass: string | null, newClass: string): ClassChange['direction'] {
  if (oldClass === null) return 'new';
  const d = rankOf(scheme, newClass) - rankOf(scheme, oldClass);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

interface Row extends SegmentRow {
  readonly period_from: string;
  readonly computed_at: string;
  readonly frequency: CustomerClasses['frequency'];
  readonly value: CustomerClasses['value'];
  readonly lifecycle: CustomerClasses['lifecycle'];
}

export function customerSegments(db: Db, customerId: string, current: boolean): CustomerSegments {
  if (!stmt(db, 'SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL').get(customerId))
    throw new DossierError({
      code: 'not_found',
      message: `No customer with id ${customerId}`,
      details: { id: customerId },
    });
  const row = stmt(db, 'SELECT * FROM customer_segments WHERE customer_id = ?').get(customerId) as Row | undefined;
  const history = (
    stmt(
      db,
      `SELECT scheme, changed_on AS changedOn, old_class AS oldClass, new_class AS newClass FROM class_changes
       WHERE customer_id = ? ORDER BY changed_on DESC, scheme`,
    ).all(customerId) as Omit<ClassChange, 'direction'>[]
  ).map((c) => ({ ...c, direction: changeDirection(c.scheme, c.oldClass, c.newClass) }));
  if (!row) return { customerId, computedAt: null, period: null, classes: null, reasons: null, current, history };
  const summary = readSummary(db);
  const reasons = expandReasons(row, summary);
  return {
    customerId,
    computedAt: row.computed_at,
    period: {
      ...(summary?.period ?? { previousFrom: '', previousTo: '' }),
      from: row.period_from,
      to: row.period_to,
    },
    classes: { abc: row.abc, rfm: row.rfm, frequency: row.frequency, value: row.value, lifecycle: row.lifecycle },
    reasons,
    current,
    history,
  };
}
