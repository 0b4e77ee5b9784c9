/**
 * Classes for every seeded customer (customer_segments, as the segment computation stores them) and saved segments
 * over them, for the benchmark's class- and segment-filtered list pages and segment counts.
 */
import { CLASS_CODE_SQL } from '../../electron/core/segments/class-code';
import { createSavedSegment } from '../../electron/core/segments/saved';
import type { Db } from '../../electron/core/db/open';
import { customerFilter } from '../../shared/customers/schemas';

/**
 * One row per customer, spread over the sort orders as a hash of the rowid spreads them: A 20 %, B 30 %, C 50 %;
 * the eight RFM groups and `none`, scores 1–5, frequency, value and lifecycle classes.
 */
export function fillSegments(db: Db): void {
  db.exec(`
    INSERT OR REPLACE INTO customer_segments (customer_id, period_from, period_to, computed_at, purchases, amount_cents,
      profit_cents, first_purchase_on, last_purchase_on, abc, abc_rank, abc_cumulative_ppm, r_score, f_score, m_score,
      rfm, frequency, value, lifecycle)
    SELECT id, '2025-01-01', '2025-12-31', '2026-01-01T00:00:00Z', h % 13, (h % 1000) * 10000, (h % 1000) * 1500,
      NULL, NULL,
      CASE WHEN h % 100 < 20 THEN 'A' WHEN h % 100 < 50 THEN 'B' ELSE 'C' END, NULL, NULL,
      CASE WHEN h % 9 = 8 THEN NULL ELSE 1 + h % 5 END,
      CASE WHEN h % 9 = 8 THEN NULL ELSE 1 + (h / 5) % 5 END,
      CASE WHEN h % 9 = 8 THEN NULL ELSE 1 + (h / 25) % 5 END,
      CASE h % 9 WHEN 0 THEN 'important_value' WHEN 1 THEN 'important_development' WHEN 2 THEN 'important_retention'
        WHEN 3 THEN 'important_winback' WHEN 4 THEN 'general_value' WHEN 5 THEN 'general_development'
        WHEN 6 THEN 'general_retention' WHEN 7 THEN 'general_winback' ELSE 'none' END,
      CASE WHEN h % 9 = 8 THEN 'zero' WHEN h % 3 = 0 THEN 'high' ELSE 'low' END,
      CASE WHEN h % 100 < 15 THEN 'core' WHEN h % 100 < 40 THEN 'potential' ELSE 'general' END,
      CASE (h / 7) % 4 WHEN 0 THEN 'exploration' WHEN 1 THEN 'formation' WHEN 2 THEN 'stable' ELSE 'decline' END
    FROM (SELECT id, (rowid * 2654435761) % 4294967296 AS h FROM customers WHERE deleted_at IS NULL);
    UPDATE customer_segments SET class_code = ${CLASS_CODE_SQL};
  `);
}

/** Class filters as a chart's link or the more-filters panel makes them. */
export const CLASS_FILTERS = [
  { classes: ['abc:A'] },
  { classes: ['abc:B'] },
  { classes: ['rfm:important_value'] },
  { classes: ['lifecycle:decline'] },
  { classes: ['abc:A', 'value:core'] },
  { classes: ['abc:A', 'abc:B'] },
  { classes: ['frequency:zero'] },
  { classes: ['abc:C'], rMin: 4 },
] as const;

/** Dynamic and frozen segments of a few of those filters (a frozen one keeps up to ~50k members). */
export function saveSegments(db: Db): string[] {
  const save = (name: string, kind: 'dynamic' | 'frozen', filter: unknown): string =>
    createSavedSegment(db, { name, kind, filter: customerFilter.parse(filter), pinned: true }, null).id;
  return [
    save('A 类', 'dynamic', { classes: ['abc:A'] }),
    save('重要价值·退化期', 'dynamic', { classes: ['rfm:important_value', 'lifecycle:decline'] }),
    save('A 类快照', 'frozen', { classes: ['abc:A'] }),
    save('C 类快照', 'frozen', { classes: ['abc:C'] }),
  ];
}
