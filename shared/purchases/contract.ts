import { z } from 'zod';
import { byId, done, returns, type ContractEntry } from '../contract-entries';
import { id } from '../fields';
import { purchaseInput } from './schemas';
import type { Purchase } from './types';

export const purchaseContract = {
  'purchases.list': { input: z.object({ customerId: id }), output: returns<readonly Purchase[]>() },
  'purchases.save': { input: purchaseInput, output: returns<Purchase>() },
  'purchases.delete': { input: byId, output: done() },
} as const satisfies Record<string, ContractEntry>;
