/**
 * Backup files on disk: where they go, how they are named, what is recorded beside each (a `.json` of its check),
 * listing them, checking one, and rotating a folder. A copy is written under a `.partial` name and renamed when
 * whole, so a killed backup never leaves a file that looks like one.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupsToKeep } from '../../../shared/backup/retention';
import {
  BACKUP_REASONS,
  type BackupEntry,
  type BackupFolder,
  type BackupReason,
  type Retention,
} from '../../../shared/backup/types';
import { openConnection, schemaVersion } from '../db/open';

const NAME = /^dossier-(\d{8}T\d{9}Z)-([a-z]+)\.db$/;
/** Tables every Dossier database has had since its first version. */
const DOSSIER_TABLES = ['customers', 'settings', 'audit_log'];

/** The data folder's backups: `backups/` beside the database file. */
export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** `dossier-20261203T091500123Z-start.db`: sorts by time, says why. */
export function backupName(at: Date, reason: BackupReason): string {
  return `dossier-${at.toISOString().replace(/[-:.]/g, '')}-${reason}.db`;
}

function timeOfName(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : new Date(0).toISOString();
}

interface Check {
  readonly verdict: 'ok' | 'damaged';
  readonly problem: string | null;
  readonly schemaVersion: number | null;
}

/** What `PRAGMA integrity_check` says of a database file, opened read-only, and whether it is a Dossier database. */
export function checkFile(path: string): Check & { readonly dossier: boolean } {
  try {
    const db = openConnection(path, { readonly: true });
    try {
      const tables = new Set(
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
          (r) => r.name,
        ),
      );
      const dossier = DOSSIER_TABLES.every((t) => tables.has(t));
      const found = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      const ok = found.length === 1 && found[0] === 'ok';
      return {
        verdict: ok ? 'ok' : 'damaged',
        problem: ok ? null : found.slice(0, 5).join('; '),
        schemaVersion: schemaVersion(db),
        dossier,
      };
    } finally {
      db.close();
    }
  } catch (error) {
    return { verdict: 'damaged', problem: (error as Error).message, schemaVersion: null, dossier: false };
  }
}

function sidecar(path: string): string {
  return `${path}.json`;
}

/** Writes a file whole or not at all: under a temporary name, then renamed over. */
function writeWhole(path: string, text: string): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, text, { mode: 0o600 });
  renameSync(partial, path);
}

export function recordCheck(path: string, createdAt: string, reason: BackupReason, check: Check): void {
  writeWhole(sidecar(path), JSON.stringify({ createdAt, reason, ...check }));
}

/** One backup as listed: its name's time and reason, its size, and the last check on record. */
function entry(path: string, folder: BackupFolder): BackupEntry | null {
  const m = NAME.exec(basename(path));
  if (!m) return null;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  const reason = (BACKUP_REASONS as readonly string[]).includes(m[2] ?? '') ? (m[2] as BackupReason) : 'manual';
  let recorded: Partial<Check & { createdAt: string }> = {};
  try {
    recorded = JSON.parse(readFileSync(sidecar(path), 'utf8')) as typeof recorded;
  } catch {
    // No check on record (copied in by hand, or the check was cut short): listed as unchecked.
  }
  return {
    name: basename(path),
    path,
    folder,
    size,
    createdAt: recorded.createdAt ?? timeOfName(m[1] ?? ''),
    reason,
    verdict: recorded.verdict ?? 'unchecked',
    problem: recorded.problem ?? null,
    schemaVersion: recorded.schemaVersion ?? null,
  };
}

/** The backups in a folder, newest first; half-written copies (`.partial`) are not backups and are left out. */
export function listFolder(dir: string, folder: BackupFolder): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => entry(join(dir, name), folder))
    .filter((e): e is BackupEntry => e !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** What a killed backup or restore leaves behind: `*.partial`, and a partial copy's log or journal. */
const PARTIAL = /\.partial(-wal|-shm|-journal)?$/;

function removePartials(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (PARTIAL.test(name)) rmSync(join(dir, name), { force: true });
}

/** Deletes the backups of a folder that the retention no longer keeps; answers how many went. */
export function rotateFolder(dir: string, folder: BackupFolder, retention: Retention, now: Date): number {
  const backups = listFolder(dir, folder);
  const keep = backupsToKeep(
    backups.map((b) => ({ name: b.name, createdAt: b.createdAt, good: b.verdict !== 'damaged' })),
    now,
    retention,
  );
  let removed = 0;
  for (const b of backups) {
    if (keep.has(b.name)) continue;
    rmSync(b.path, { force: true });
    rmSync(sidecar(b.path), { force: true });
    removed += 1;
  }
  return removed;
}

/** Prepares a folder for a copy: created if missing (owner-only), stale partial files removed. */
export function prepareFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  removePartials(dir);
}

/** A finished copy put in place: made owner-only, renamed from its partial name. */
export function finishCopy(partial: string, path: string): void {
  chmodSync(partial, 0o600);
  renameSync(partial, path);
}
