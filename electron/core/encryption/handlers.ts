import type { EncryptionChange, encryptionContract } from '../../../shared/encryption/contract';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { createBackupSync } from '../backup/copies';
import { readBackupSettings } from '../backup/settings';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { forgetKey, isEncryptedFile, rememberKey } from '../db/cipher';
import { checkPassphrase, rekeyBackups, rekeyDatabase } from './rekey';

export type EncryptionHandlers = HandlersOf<typeof encryptionContract>;

function refuse(code: string, message: string): DossierError {
  return new DossierError({ code: 'conflict', message, issues: [{ path: 'passphrase', code }] });
}

export function encryptionHandlers({ db, actor }: AreaContext, app: CoreContext): EncryptionHandlers {
  const encrypted = () => isEncryptedFile(app.dbPath);
  /** Backup under the old key, the file re-written, then its backups; audited without any passphrase. */
  const change = (from: string | null, to: string | null): EncryptionChange => {
    if (app.dbPath === ':memory:') throw refuse('encryption.inMemory', 'An in-memory database is not a file');
    const settings = readBackupSettings(db);
    // Who changes it is read now: the connection below is closed when the new file is opened.
    const staffId = actor();
    const backup = createBackupSync(db, app.dbPath, 'encryption', settings);
    if (!app.reopen) throw refuse('encryption.inMemory', 'This host cannot reopen its database');
    // The new file is opened again under the new passphrase, so it is known first (and forgotten if it failed).
    if (to !== null) rememberKey(to);
    let now: typeof db;
    try {
      now = rekeyDatabase(db, app.dbPath, to, app.reopen);
    } catch (error) {
      if (to !== null && to !== from) forgetKey(to);
      throw error;
    }
    const { rewritten, left } = rekeyBackups(app.dbPath, settings, to);
    if (from !== null && from !== to) forgetKey(from);
    app.keyChanged?.(to);
    audit(now, {
      entity: 'database',
      entityId: 'encryption',
      action: 'update',
      staffId,
      changes: {
        encrypted: [from !== null, to !== null],
        ...(from !== null && to !== null ? { passphrase: ['changed', 'changed'] } : {}),
        backupsRewritten: [null, rewritten],
      },
    });
    return { encrypted: to !== null, backup: backup.path, backupsRewritten: rewritten, backupsLeft: left };
  };
  return {
    'encryption.status': () => ({ encrypted: encrypted(), locked: false }),
    'encryption.unlock': () => ({ encrypted: encrypted(), locked: false }),
    'encryption.enable': ({ passphrase }) => {
      if (encrypted()) throw refuse('encryption.alreadyOn', 'The database is already encrypted');
      return change(null, passphrase);
    },
    'encryption.rekey': ({ current, passphrase }) => {
      if (!encrypted()) throw refuse('encryption.notOn', 'The database is not encrypted');
      checkPassphrase(app.dbPath, current);
      return change(current, passphrase);
    },
    'encryption.disable': ({ current }) => {
      if (!encrypted()) throw refuse('encryption.notOn', 'The database is not encrypted');
      checkPassphrase(app.dbPath, current);
      return change(current, null);
    },
  };
}
