import type { purchaseContract } from '../../../shared/purchases/contract';
import type { AreaContext, HandlersOf } from '../context';
import { getCustomer } from '../customers/records';
import { deletePurchase, listPurchases, savePurchase } from './purchases';

export type PurchaseHandlers = HandlersOf<typeof purchaseContract>;

export function purchaseHandlers({ db, actor }: AreaContext): PurchaseHandlers {
  return {
    'purchases.list': ({ customerId }) => listPurchases(db, customerId),
    'purchases.save': (input) => {
      getCustomer(db, input.customerId);
      return savePurchase(db, input, actor());
    },
    'purchases.delete': ({ id }) => {
      deletePurchase(db, id, actor());
      return { ok: true };
    },
  };
}
