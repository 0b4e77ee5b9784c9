import { z } from 'zod';
import { byId, done, returns, type ContractEntry } from '../contract-entries';
import { id } from '../fields';
import { transactionInput } from './schemas';
import type { Transaction } from './types';

export const purchaseContract = {
  'transactions.list': { input: z.object({ customerId: id }), output: returns<readonly Transaction[]>() },
  'transactions.save': { input: transactionInput, output: returns<Transaction>() },
  'transactions.delete': { input: byId, output: done() },
} as const satisfies Record<string, ContractEntry>;
