/** The backup channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { z } from 'zod';
import { none, returns, type ContractEntry } from '../contract-entries';
import type { ErrorBody } from '../result';
import { backupFileInput, backupSettingsInput } from './schemas';
import type { BackupEntry, BackupList, BackupSettings, RestoreResult } from './types';

/** Why the database could not be opened and the newest good backup there is; `problem` null when it opened. */
export interface Recovery {
  readonly problem: ErrorBody | null;
  readonly backup: BackupEntry | null;
}

export const backupContract = {
  'backup.list': { input: none, output: returns<BackupList>() },
  'backup.create': { input: none, output: returns<BackupEntry>() },
  'backup.verify': { input: backupFileInput, output: returns<BackupEntry>() },
  'backup.restore': { input: backupFileInput, output: returns<RestoreResult>() },
  'backup.settings.update': { input: backupSettingsInput, output: returns<BackupSettings>() },
  'backup.recovery': { input: none, output: returns<Recovery>() },
  /** The desktop host's folder or file dialog (`path` null when cancelled, or in the web host, which has none). */
  'backup.pick': {
    input: z.object({ kind: z.enum(['folder', 'file']) }),
    output: returns<{ path: string | null }>(),
  },
  /** Only while the database cannot be opened: puts the backup in its place and opens it. */
  'backup.recover': {
    input: z.object({ path: z.string().min(1).max(4096) }),
    output: returns<{ movedAside: string }>(),
  },
} as const satisfies Record<string, ContractEntry>;
