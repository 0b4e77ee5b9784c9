import { openDatabase } from '../../electron/core/db/open';
import { loadAggregates } from '../../electron/core/segments/aggregate';
import { classifyAll } from '../../electron/core/segments/classify';
import { resolvePeriod } from '../../electron/core/segments/period';
import { storeClasses } from '../../electron/core/segments/store';
import { DEFAULT_SEGMENT_SETTINGS } from '../../shared/segments/settings';
const db = openDatabase(process.argv[2]!);
const period = resolvePeriod(DEFAULT_SEGMENT_SETTINGS.period, '2026-12-03');
for (let i = 0; i < 2; i++) {
let t = Date.now();
const agg = loadAggregates(db, period, '2026-12-03');
console.log('aggregate', Date.now() - t, agg.length); t = Date.now();
const c = classifyAll(agg, DEFAULT_SEGMENT_SETTINGS, period);
console.log('classify', Date.now() - t); t = Date.now();
storeClasses(db, c.customers, c.summary, period, new Date().toISOString(), null);
console.log('store', Date.now() - t);
}
console.log(db.prepare('EXPLAIN QUERY PLAN ' + "SELECT customer_id, SUM(amount_cents) FROM transactions WHERE deleted_at IS NULL AND occurred_on <= '2026-12-03' GROUP BY customer_id").all());
