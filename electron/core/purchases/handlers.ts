import type { purchaseContract } from '../../../shared/purchases/contract';
import { withdrawMaturityCallbacks } from '../callbacks/occasions';
import type { AreaContext, HandlersOf } from '../context';
import { getCustomer } from '../customers/records';
import { checkPurchaseRisk } from '../risk/matching';
import { deletePurchase, listPurchases, savePurchase } from './purchases';

export type PurchaseHandlers = HandlersOf<typeof purchaseContract>;

export function purchaseHandlers({ db, actor }: AreaContext): PurchaseHandlers {
  return {
    'purchases.list': ({ customerId }) => listPurchases(db, customerId),
    'purchases.save': (input) => {
      getCustomer(db, input.customerId);
      return db.transaction(() => {
        const saved = savePurchase(db, checkPurchaseRisk(db, input), actor());
        if (input.id) withdrawMaturityCallbacks(db, saved.id, saved.maturesOn, actor());
        return saved;
      })();
    },
    'purchases.delete': ({ id }) => {
      db.transaction(() => {
        deletePurchase(db, id, actor());
        withdrawMaturityCallbacks(db, id, null, actor());
      })();
      return { ok: true };
    },
  };
}
