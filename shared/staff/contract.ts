import { none, returns, type ContractEntry } from '../contract-entries';
import type { Staff } from './types';

export const staffContract = {
  'staff.list': { input: none, output: returns<readonly Staff[]>() },
} as const satisfies Record<string, ContractEntry>;
