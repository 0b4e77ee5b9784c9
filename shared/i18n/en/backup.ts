/** English messages: backups, restore, and why a database cannot be opened or written. */
export const backupMessages = {
  'error.db_disk_full':
    'The disk is full, so Dossier cannot write its database. Free some space (empty the recycle bin, move old backups) and try again. Your data is not damaged.',
  'error.db_read_only':
    'The database or its folder is read-only. Make the folder writable (or copy the file to a writable folder) and start Dossier again. Your data is not damaged.',
  'error.db_permission':
    'Dossier is not allowed to open the database file. Ask whoever manages this computer to give your account read and write access to it. Your data is not damaged.',
  'error.db_locked':
    'Another program is writing to the database (another Dossier or an import). Wait for it to finish, or close it, and try again.',
  'error.db_busy': 'Busy: another import is running, retrying… If this persists, wait for the import to finish.',
  'backup.fileMissing': 'There is no file at this path.',
  'backup.damaged': 'This file is damaged; it cannot be restored.',
  'backup.notDossier': 'This file is not a Dossier database.',
  'backup.inMemory': 'A database held only in memory has no backups.',
  'backup.notDamaged': 'The database is open; restore a backup from the list instead.',
  'backup.retentionRange': 'Enter a whole number in the allowed range.',
  'backup.hoursRange': 'Enter a whole number of hours from 0 to 168.',
  'cli.backup.usage': 'Usage: dossier backup create|list|verify [FILE]|restore FILE',
  'cli.backup.created': 'Backed up to {path} ({size}, check: {verdict}).',
  'cli.backup.none': 'No backups yet.',
  'cli.backup.verified': '{path}: {verdict}',
  'cli.backup.restored': 'Restored {path}. The state before it was backed up to {undo}.',
  'cli.backup.damagedOpen':
    'The database {path} is damaged. The newest good backup is {backup}. Restore it with: dossier backup restore "{backup}" --db "{path}"',
  'cli.backup.damagedNoBackup': 'The database {path} is damaged and no good backup was found in {dir}.',
  'backup.verdict.ok': 'intact',
  'backup.verdict.damaged': 'damaged',
  'backup.verdict.unchecked': 'not checked',
} as const;
