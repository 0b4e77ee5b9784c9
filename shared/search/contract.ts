import { returns, type ContractEntry } from '../contract-entries';
import { searchQuery } from './schemas';
import type { SearchHit } from './types';

export const searchContract = {
  'customers.search': { input: searchQuery, output: returns<readonly SearchHit[]>() },
} as const satisfies Record<string, ContractEntry>;
