/** Backups of the database file: why one was made, what is known of it, and how many are kept. */

/** What made a backup: the app starting, hours of use, a migration, an import, a restore, or a person. */
export const BACKUP_REASONS = ['start', 'periodic', 'migration', 'import', 'restore', 'manual', 'encryption'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A backup's health as `PRAGMA integrity_check` on the copy found it; `unchecked` when no check is on record. */
type BackupVerdict = 'ok' | 'damaged' | 'unchecked';

/** The data folder's `backups/` or the second folder (a USB stick, a network share). */
export type BackupFolder = 'data' | 'second';

export interface BackupEntry {
  /** The file's name, `dossier-20261203-091500-123-start.db`. */
  readonly name: string;
  readonly path: string;
  readonly folder: BackupFolder;
  readonly size: number;
  /** ISO-8601 UTC time the copy was made. */
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly verdict: BackupVerdict;
  /** What the check found when the verdict is `damaged`. */
  readonly problem: string | null;
  readonly schemaVersion: number | null;
}

/** How many backups rotation keeps: several of today, the newest of each earlier day, then of each week. */
export interface Retention {
  readonly today: number;
  readonly days: number;
  readonly weeks: number;
}

export interface BackupSettings {
  readonly retention: Retention;
  /** A backup every this many hours while the app runs (0: only at start and before risky changes). */
  readonly everyHours: number;
  /** A second folder each backup is copied to as well; null for none. */
  readonly secondFolder: string | null;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = {
  retention: { today: 5, days: 7, weeks: 4 },
  everyHours: 4,
  secondFolder: null,
};

export interface BackupList {
  readonly settings: BackupSettings;
  readonly backups: readonly BackupEntry[];
  /** Why the second folder could not be written at the last backup (absent, full, read-only); null when it could. */
  readonly secondFolderProblem: string | null;
}

export interface RestoreResult {
  /** The backup of the state just replaced, so the restore can itself be undone. */
  readonly undoBackup: BackupEntry;
  readonly restored: string;
}
