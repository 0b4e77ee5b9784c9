/** Demo data for a branch trying Dossier out: only into a database that has no customers yet. */
import type { DemoSeeded } from '../../../shared/demo/contract';
import { DossierError } from '../../../shared/result';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { seedInOneBatch } from '../seed/batch';
import { seedCallbacks } from '../seed/callbacks';
import { seedComplaints } from '../seed/complaints';
import { seedDemo } from '../seed/demo';
import { seedPurchases } from '../seed/purchases';

/** Enough to try every screen (lists, pinyin search, a call-back queue with history) in a second or two. */
const DEMO_CUSTOMERS = 300;
const DEMO_CALLBACKS = 60;
const DEMO_COMPLAINTS = 40;

export function addDemoData(db: Db): DemoSeeded {
  // Deleted customers count too: demo data must never mix with a branch's own, even in the recycle bin.
  if (stmt(db, 'SELECT 1 FROM customers LIMIT 1').get())
    throw new DossierError({
      code: 'conflict',
      message: 'Demo data is only added to a database without customers.',
      issues: [{ path: '', code: 'demo.notEmpty' }],
    });
  return seedInOneBatch(db, () => {
    const seeded = seedDemo(db, { customers: DEMO_CUSTOMERS, seed: 1 });
    seedPurchases(db, { seed: 1 });
    const callbacks = seedCallbacks(db, { history: DEMO_CALLBACKS, open: DEMO_CALLBACKS, seed: 1 });
    seedComplaints(db, { complaints: DEMO_COMPLAINTS, seed: 1 });
    return { customers: seeded.customers, callbacks: callbacks.finished + callbacks.open };
  });
}
