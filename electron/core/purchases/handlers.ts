import type { purchaseContract } from '../../../shared/purchases/contract';
import type { AreaContext, HandlersOf } from '../context';
import { getCustomer } from '../customers/records';
import { deleteTransaction, listTransactions, saveTransaction } from './purchases';

export type PurchaseHandlers = HandlersOf<typeof purchaseContract>;

export function purchaseHandlers({ db, actor }: AreaContext): PurchaseHandlers {
  return {
    'transactions.list': ({ customerId }) => listTransactions(db, customerId),
    'transactions.save': (input) => {
      getCustomer(db, input.customerId);
      return saveTransaction(db, input, actor());
    },
    'transactions.delete': ({ id }) => {
      deleteTransaction(db, id, actor());
      return { ok: true };
    },
  };
}
