/** `dossier seed-demo`: made-up customers, their purchases and risk assessments (and call-backs), for trying the app. */
import { removeDemoData, seedInOneBatch } from '../core/seed/batch';
import { seedCallbacks } from '../core/seed/callbacks';
import { seedComplaints } from '../core/seed/complaints';
import { seedDemo } from '../core/seed/demo';
import { seedPurchases } from '../core/seed/purchases';
import { positiveInt, type Invocation } from './args';
import { withCore } from './client';

export async function seedCommand({ values, dbPath, json, t, io, print }: Invocation): Promise<number> {
  const customers = positiveInt(values.customers, 'customers', 1000, t);
  const seed = positiveInt(values.seed, 'seed', 1, t);
  const callbacks = positiveInt(values.callbacks, 'callbacks', 0, t);
  // About 2 % of customers complain in a year (200 per 10,000, a plausible branch).
  const complaints = positiveInt(values.complaints, 'complaints', Math.round(customers / 50), t);
  // A developer's tool that writes through the core's seed functions directly, behind demo.seed's gate (a manager's).
  if (values.remove) {
    const removed = await withCore(dbPath, false, (core) => core.runAs('demo.seed', () => removeDemoData(core.db)));
    print(removed, () => t('cli.seed.removed', { ...removed }));
    return 0;
  }
  const result = await withCore(dbPath, false, (core) =>
    core.runAs('demo.seed', () =>
      seedInOneBatch(core.db, () => {
        const afterRowid = core.db.prepare('SELECT coalesce(max(rowid), 0) FROM customers').pluck().get() as number;
        const seeded = seedDemo(core.db, {
          customers,
          seed,
          onProgress: json ? undefined : (done, total) => io.err(t('cli.seed.progress', { done, total })),
        });
        const bought = seedPurchases(core.db, { seed, afterRowid });
        const planned = callbacks > 0 ? seedCallbacks(core.db, { history: callbacks, open: callbacks, seed }) : null;
        const complained = complaints > 0 ? seedComplaints(core.db, { complaints, seed }) : null;
        return { ...seeded, purchases: bought, callbacks: planned, complaints: complained };
      }),
    ),
  );
  print(
    result,
    () =>
      t('cli.seed.done', {
        customers: result.customers,
        interactions: result.interactions,
        seconds: (result.ms / 1000).toFixed(1),
        path: dbPath,
      }) +
      `\n${t('products.cliSeeded', { count: result.purchases.purchases, products: result.purchases.products, assessments: result.purchases.assessments })}` +
      (result.callbacks
        ? `\n${t('cli.seed.callbacks', { open: result.callbacks.open, finished: result.callbacks.finished, calls: result.callbacks.calls })}`
        : '') +
      (result.complaints
        ? `\n${t('cli.seed.complaints', { count: result.complaints.complaints, open: result.complaints.open })}`
        : ''),
  );
  return 0;
}
