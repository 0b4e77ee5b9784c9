/** Per-customer purchase aggregates for a period, in one pass over the live purchases up to its end. */
import type { SegmentPeriod } from '../../../shared/segments/types';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import type { CustomerAggregate } from './classify';

/**
 * Live customers (not deleted) filed by `filedBy` (the day computed as of) or with a purchase by the period end, and their live purchases
 * (`deleted_at IS NULL`): count, amount and profit in the period, the last purchase in it, the first and last ever
 * up to its end, and the amount in the previous period.
 */
const AGGREGATES = `
  SELECT c.id, substr(c.created_at, 1, 10), COALESCE(t.n, 0), COALESCE(t.amount, 0), COALESCE(t.profit, 0),
         t.last_in, t.first_on, t.last_on, COALESCE(t.prev, 0)
  FROM customers c
  LEFT JOIN (
    SELECT customer_id,
           SUM(occurred_on >= @from) AS n,
           SUM(CASE WHEN occurred_on >= @from THEN amount_cents ELSE 0 END) AS amount,
           SUM(CASE WHEN occurred_on >= @from THEN COALESCE(profit_cents, 0) ELSE 0 END) AS profit,
           MAX(CASE WHEN occurred_on >= @from THEN occurred_on END) AS last_in,
           MIN(occurred_on) AS first_on,
           MAX(occurred_on) AS last_on,
           SUM(CASE WHEN occurred_on >= @previousFrom AND occurred_on <= @previousTo THEN amount_cents ELSE 0 END) AS prev
    FROM transactions
    WHERE deleted_at IS NULL AND occurred_on <= @to
    GROUP BY customer_id
  ) t ON t.customer_id = c.id
  WHERE c.deleted_at IS NULL AND (substr(c.created_at, 1, 10) <= @filedBy OR t.customer_id IS NOT NULL)`;

type Row = [string, string, number, number, number, string | null, string | null, string | null, number];

export function loadAggregates(db: Db, period: SegmentPeriod, filedBy: string): CustomerAggregate[] {
  const out: CustomerAggregate[] = [];
  const rows = stmt(db, AGGREGATES).raw().iterate({
    from: period.from,
    to: period.to,
    previousFrom: period.previousFrom,
    previousTo: period.previousTo,
    filedBy,
  }) as IterableIterator<Row>;
  for (const [id, createdOn, purchases, amountCents, profitCents, lastInPeriod, first, last, previous] of rows)
    out.push({
      id,
      createdOn,
      purchases,
      amountCents,
      profitCents,
      lastInPeriod,
      firstPurchaseOn: first,
      lastPurchaseOn: last,
      previousAmountCents: previous,
    });
  return out;
}
