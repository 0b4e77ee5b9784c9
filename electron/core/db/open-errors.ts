/**
 * Why a database could not be opened or written, told honestly: a full disk, a read-only folder or a missing
 * permission is not a damaged file. Each is its own error code (messages in
 * shared/i18n/…/backup.ts say what to do).
 */
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { DossierError, type ErrorCode } from '../../../shared/result';

type OpenErrorCode = Extract<ErrorCode, 'db_disk_full' | 'db_read_only' | 'db_permission' | 'db_locked' | 'db_corrupt'>;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The error code for a failure of SQLite or the file system; anything else (SQLITE_NOTADB, SQLITE_CORRUPT) is damage. */
function openErrorCode(error: unknown): OpenErrorCode {
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_FULL')) return 'db_disk_full';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'db_read_only';
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH'))
    return 'db_permission';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'db_locked';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'db_permission';
  if (/no space left/i.test(String((error as Error)?.message))) return 'db_disk_full';
  return 'db_corrupt';
}

/**
 * SQLite says only "unable to open" (SQLITE_CANTOPEN) when the folder cannot take the database's -wal and -shm
 * files; the file system tells a read-only medium (a read-only mount, a locked USB stick: EROFS) from a missing right.
 */
function onReadOnlyMedium(path: string, code: OpenErrorCode): OpenErrorCode {
  if (code !== 'db_permission' || path === ':memory:') return code;
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EROFS') return 'db_read_only';
  }
  return code;
}

/** The failure as the DossierError every host shows: its code, the path, and SQLite's own words in `details`. */
export function openFailure(path: string, error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  const code = onReadOnlyMedium(path, openErrorCode(error));
  const reason = error instanceof Error ? error.message : String(error);
  return new DossierError({
    code,
    message: `Cannot open ${path} (${code}): ${reason}`,
    details: { path, reason, sqlite: codeOf(error) },
  });
}

/** A write that failed for a reason the user can act on (disk full, read-only, busy), or null for anything else. */
export function writeFailure(error: unknown): DossierError | null {
  const code = codeOf(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new DossierError({
      code: 'db_busy',
      message: 'Busy: another import is running, retrying…',
    });
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return openFailure('the database', error);
  return null;
}

/**
 * An encrypted file opened without a passphrase (`db_key_needed`) or with none that fits (`db_wrong_key`): never
 * called damaged, since a wrong passphrase and a damaged file look alike to SQLite.
 */
export function keyFailure(path: string, given: boolean): DossierError {
  return new DossierError({
    code: given ? 'db_wrong_key' : 'db_key_needed',
    message: given ? `Wrong key for ${path}` : `${path} is encrypted; its passphrase is needed to open it`,
    details: { path },
  });
}
