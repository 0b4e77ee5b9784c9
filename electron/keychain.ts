/**
 * Desktop only: the database's passphrase kept with the OS keychain (Electron `safeStorage`: DPAPI on Windows, the
 * Keychain on macOS, the secret service on Linux), so staff are not asked at every start. What is written beside
 * the database is the passphrase encrypted by the OS for this user account, readable by its owner only; where the
 * OS offers no such store nothing is kept and the app asks for the passphrase at start.
 */
import { safeStorage } from 'electron';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { SecretStore } from './core/sync/state';

/** The file beside the database that holds the OS-encrypted passphrase. */
export function keyFileFor(dbPath: string): string {
  return `${dbPath}.key`;
}

/** The kept passphrase, or null (none kept, no keychain, or the OS refused to decrypt it). */
export function keptKey(file: string): string | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  try {
    return safeStorage.decryptString(readFileSync(file));
  } catch {
    return null;
  }
}

/** Keeps `passphrase` for the next start; null forgets it (encryption turned off). */
export function keepKey(file: string, passphrase: string | null): void {
  if (passphrase === null || !safeStorage.isEncryptionAvailable()) {
    rmSync(file, { force: true });
    return;
  }
  writeFileSync(`${file}.partial`, safeStorage.encryptString(passphrase), { mode: 0o600 });
  renameSync(`${file}.partial`, file);
}

/**
 * The head-office password kept the same way, in its own file beside the database; undefined where the OS offers no
 * keychain (the branch database keeps it then, as in the web host and the CLI).
 */
export function headOfficeSecrets(dbPath: string): SecretStore | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  const file = `${dbPath}.hq-key`;
  return { read: () => keptKey(file), write: (password) => keepKey(file, password) };
}
