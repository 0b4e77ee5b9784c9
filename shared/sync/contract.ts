/** The branch and head-office channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { none, returns, type ContractEntry } from '../contract-entries';
import { branchInitInput, syncConfigureInput, syncPushInput } from './schemas';
import type { Branch, PushResult, SyncStatus } from './types';

export const syncContract = {
  'sync.status': { input: none, output: returns<SyncStatus>() },
  /** Sets the branch this database belongs to; refused once it is set. */
  'sync.branchInit': { input: branchInitInput, output: returns<Branch>() },
  'sync.configure': { input: syncConfigureInput, output: returns<SyncStatus>() },
  /** Pushes what is queued now (to `url` when given, else the stored connection). */
  'sync.push': { input: syncPushInput, output: returns<PushResult>() },
} as const satisfies Record<string, ContractEntry>;
