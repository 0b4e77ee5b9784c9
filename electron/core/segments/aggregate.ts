/** Per-customer purchase aggregates for a period, in one pass over the live purchases up to its end. */
import type { SegmentPeriod } from '../../../shared/segments/types';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import type { CustomerAggregates } from './classify';

/**
 * Live customers (not deleted) filed by `filedBy` (the day computed as of) or with a purchase by the period end, and their live purchases
 * (`deleted_at IS NULL`): count, amount and profit in the period, the first and last ever up to its end, and the
 * amount in the previous period. The last purchase in the period is the last one up to its end when that falls in it.
 *
 * Grouped by the customer, so SQLite walks the customers in id order and reads each one's purchases from the covering
 * index `transactions_customer` (no intermediate table of every customer's sums, no temporary index to join it back),
 * and the rows come out in id order, the order of customer_segments' key, which the computation then updates.
 */
const AGGREGATES = `
  SELECT c.id, substr(c.created_at, 1, 10),
         COUNT(*) FILTER (WHERE t.occurred_on >= @from),
         COALESCE(SUM(t.amount_cents) FILTER (WHERE t.occurred_on >= @from), 0),
         COALESCE(SUM(t.profit_cents) FILTER (WHERE t.occurred_on >= @from), 0),
         MIN(t.occurred_on), MAX(t.occurred_on),
         COALESCE(SUM(t.amount_cents) FILTER (WHERE t.occurred_on >= @previousFrom AND t.occurred_on <= @previousTo), 0)
  FROM customers c
  LEFT JOIN transactions t ON t.customer_id = c.id AND t.deleted_at IS NULL AND t.occurred_on <= @to
  WHERE c.deleted_at IS NULL
  GROUP BY c.id
  HAVING substr(c.created_at, 1, 10) <= @filedBy OR COUNT(t.customer_id) > 0`;

type Row = [string, string, number, number, number, string | null, string | null, number];

/**
 * The aggregates column by column: 100,000 customers' figures in typed arrays and their days as references to one
 * string per distinct day, rather than an object and three strings per customer.
 */
export function loadAggregates(db: Db, period: SegmentPeriod, filedBy: string): CustomerAggregates {
  const ids: string[] = [];
  const createdOn: string[] = [];
  const firstPurchaseOn: (string | null)[] = [];
  const lastPurchaseOn: (string | null)[] = [];
  let purchases = new Int32Array(1024);
  let amountCents = new Float64Array(1024);
  let profitCents = new Float64Array(1024);
  let previousAmountCents = new Float64Array(1024);
  const day = new Map<string, string>();
  const interned = (d: string | null): string | null => {
    if (d === null) return null;
    const known = day.get(d);
    if (known !== undefined) return known;
    day.set(d, d);
    return d;
  };
  const rows = stmt(db, AGGREGATES).raw().iterate({
    from: period.from,
    to: period.to,
    previousFrom: period.previousFrom,
    previousTo: period.previousTo,
    filedBy,
  }) as IterableIterator<Row>;
  let n = 0;
  for (const [id, created, count, amount, profit, first, last, previous] of rows) {
    if (n === purchases.length) {
      purchases = grown(purchases, new Int32Array(n * 2));
      amountCents = grown(amountCents, new Float64Array(n * 2));
      profitCents = grown(profitCents, new Float64Array(n * 2));
      previousAmountCents = grown(previousAmountCents, new Float64Array(n * 2));
    }
    ids.push(id);
    createdOn.push(interned(created)!);
    firstPurchaseOn.push(interned(first));
    lastPurchaseOn.push(interned(last));
    purchases[n] = count;
    amountCents[n] = amount;
    profitCents[n] = profit;
    previousAmountCents[n] = previous;
    n++;
  }
  return {
    count: n,
    ids,
    createdOn,
    purchases: purchases.subarray(0, n),
    amountCents: amountCents.subarray(0, n),
    profitCents: profitCents.subarray(0, n),
    firstPurchaseOn,
    lastPurchaseOn,
    previousAmountCents: previousAmountCents.subarray(0, n),
  };
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
