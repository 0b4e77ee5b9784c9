/** The encryption channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { none, returns, type ContractEntry } from '../contract-entries';
import { disableInput, enableInput, rekeyInput, unlockInput } from './schemas';

export interface EncryptionStatus {
  /** The database file is encrypted (AEGIS-256X2; files encrypted before it, SQLCipher 4). */
  readonly encrypted: boolean;
  /** The core waits for the passphrase: only `encryption.status` and `encryption.unlock` answer. */
  readonly locked: boolean;
}

export interface EncryptionChange {
  readonly encrypted: boolean;
  /** The backup taken just before, under the previous key (null: none, an in-memory database). */
  readonly backup: string | null;
  /** Backups in the backup folders re-written under the new key (or decrypted). */
  readonly backupsRewritten: number;
  /** Backups that could not be re-written (a missing second folder): they keep the previous key. */
  readonly backupsLeft: readonly string[];
}

export const encryptionContract = {
  'encryption.status': { input: none, output: returns<EncryptionStatus>() },
  /** Only while locked: opens the encrypted database with the passphrase. */
  'encryption.unlock': { input: unlockInput, output: returns<EncryptionStatus>() },
  'encryption.enable': { input: enableInput, output: returns<EncryptionChange>() },
  'encryption.rekey': { input: rekeyInput, output: returns<EncryptionChange>() },
  'encryption.disable': { input: disableInput, output: returns<EncryptionChange>() },
} as const satisfies Record<string, ContractEntry>;
