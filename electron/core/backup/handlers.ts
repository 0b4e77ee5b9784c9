import type { backupContract } from '../../../shared/backup/contract';
import { DossierError } from '../../../shared/result';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { backupWorker, createBackup, secondFolderProblem } from './copies';
import { backupDir, listFolder } from './files';
import { restoreInto, verifyBackup } from './restore';
import { readBackupSettings, writeBackupSettings } from './settings';
import { isEncryptedFile } from '../db/cipher';
import { restoreEncrypted } from '../encryption/restore';

export type BackupHandlers = HandlersOf<typeof backupContract>;

export function backupHandlers({ db, actor }: AreaContext, app: CoreContext): BackupHandlers {
  const workerPath = backupWorker(app.importWorkerPath);
  const list = () => {
    const settings = readBackupSettings(db);
    const backups = [
      ...listFolder(backupDir(app.dbPath), 'data'),
      ...(settings.secondFolder ? listFolder(settings.secondFolder, 'second') : []),
    ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { settings, backups, secondFolderProblem: secondFolderProblem(app.dbPath) };
  };
  const inMemory = () => {
    if (app.dbPath === ':memory:')
      throw new DossierError({
        code: 'validation',
        message: 'An in-memory database has no backups',
        issues: [{ path: 'path', code: 'backup.inMemory' }],
      });
  };
  return {
    'backup.list': list,
    'backup.create': async () => {
      inMemory();
      return createBackup(db, app.dbPath, 'manual', readBackupSettings(db), workerPath);
    },
    'backup.verify': async ({ path }) => {
      const entry = list().backups.find((b) => b.path === path || b.name === path);
      if (!entry)
        throw new DossierError({
          code: 'not_found',
          message: `No backup ${path}`,
          issues: [{ path: 'path', code: 'backup.fileMissing' }],
          details: { path },
        });
      return verifyBackup(entry, app.dbPath, workerPath);
    },
    'backup.restore': async ({ path }) => {
      inMemory();
      const settings = readBackupSettings(db);
      const named = list().backups.find((b) => b.name === path);
      const file = named?.path ?? path;
      // An encrypted database or backup is put in place of the file and the database opened again.
      if (app.reopen && (isEncryptedFile(app.dbPath) || isEncryptedFile(file)))
        return restoreEncrypted(db, app.dbPath, file, settings, actor(), app.reopen);
      const result = await restoreInto(db, app.dbPath, file, settings, actor(), workerPath);
      // The restored file has its own settings; where backups go and how many are kept stays as it was.
      writeBackupSettings(db, settings, actor());
      app.reload?.();
      return result;
    },
    'backup.settings.update': (next) => writeBackupSettings(db, next, actor()),
    'backup.pick': async ({ kind }) => ({ path: app.pick ? await app.pick(kind) : null }),
    'backup.recovery': () => ({ problem: null, backup: null }),
    'backup.recover': () => {
      throw new DossierError({
        code: 'conflict',
        message: 'The database is open; restore a backup instead',
        issues: [{ path: 'path', code: 'backup.notDamaged' }],
      });
    },
  };
}
