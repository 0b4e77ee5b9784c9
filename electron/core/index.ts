import type { Host } from '../../shared/settings/types';
import { DossierError } from '../../shared/result';
import type { Recovery } from '../../shared/backup/contract';
import { createGate } from './auth/gate';
import { Sessions } from './auth/sessions';
import { createDispatch, createRunAs, type Dispatch, type RunAs } from './dispatch';
import { planOccasionsToday } from './callbacks/occasions';
import { createHandlers, type Handlers } from './handlers';
import { openDatabase, type Db } from './db/open';
import { HOST_BUSY_TIMEOUT_MS, isBusy, markWhenWaiting } from './db/busy';
import { scheduleCheckpoints } from './db/checkpoints';
import { chromiumPrintEngine } from './reports/chromium-print';
import type { PrintEngine } from './reports/print-engine';
import { privacyWorker, retainAtStart } from './privacy/eraser';
import { finishErase } from './privacy/erase';
import { recoverImports } from './import/rollback';
import { applyPhoneRegion } from './settings/settings';
import { APP_VERSION } from './version';
import { backupWorker } from './backup/copies';
import { backupBeforeMigration, scheduleBackups } from './backup/schedule';
import { scheduleSync } from './sync/schedule';
import type { SecretStore } from './sync/state';
import { newestGoodBackup, removeStaleRestore, replaceDamaged } from './backup/restore';
import { forgetKey, rememberKey } from './db/cipher';
import { unlockInput } from '../../shared/encryption/schemas';
import type { EncryptionStatus } from '../../shared/encryption/contract';

export interface Core {
  readonly db: Db;
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  /** Work a host does itself in place of a channel, behind the channel's gate (dispatch.ts). */
  readonly runAs: RunAs;
  /** The print engine reports go to; a host that prints closes it (core.close() does not wait for it). */
  readonly printEngine: PrintEngine;
  close(): void;
}

interface CoreOptions {
  readonly dbPath: string;
  readonly host: Host;
  readonly importWorkerPath?: string | null;
  /** Back up at start and every few hours (default: every host but the CLI). */
  readonly backups?: boolean;
  /** The desktop host's folder or file dialog, for the Settings page's backup folder and restore from a file. */
  readonly pick?: (kind: 'folder' | 'file') => Promise<string | null>;
  /** The host's print engine; by default the machine's Chromium, started on the first PDF. */
  readonly printEngine?: PrintEngine;
  /** Told the passphrase that opened the database or replaced its key (null: encryption turned off). */
  readonly keyChanged?: (passphrase: string | null) => void;
  /** Keeps the head-office password outside the database (desktop: the OS keychain); absent, the database keeps it. */
  readonly secrets?: SecretStore;
}

const KEY_PROBLEMS: readonly string[] = ['db_key_needed', 'db_wrong_key'];

/**
 * Opens (and migrates) the database and builds the handler map every host adapts. A restore builds the handlers
 * again over the same connection. When a desktop or web host finds the file damaged, the core starts in recovery:
 * only `backup.recovery` and `backup.recover` answer, and recovering opens the restored file in place.
 */
export function createCore(options: CoreOptions): Core {
  removeStaleRestore(options.dbPath);
  let state: { db: Db; handlers: Handlers; dispatch: Dispatch; runAs: RunAs } | null = null;
  let stopBackups = () => {};
  let stopSync = () => {};
  let stopMarking = () => {};
  let problem: DossierError | null = null;
  const printEngine = options.printEngine ?? chromiumPrintEngine();
  // Signed-in sessions outlive a restore's rebuilt handlers.
  const sessions = new Sessions();

  const build = (db: Db) => {
    applyPhoneRegion(db);
    const handlers = createHandlers(
      {
        db,
        dbPath: options.dbPath,
        host: options.host,
        version: APP_VERSION,
        importWorkerPath: options.importWorkerPath ?? null,
        pick: options.pick,
        printEngine,
        keyChanged: options.keyChanged,
        secrets: options.secrets,
        reopen: (replace) => {
          stopBackups();
          stopBackups = () => {};
          stopSync();
          stopSync = () => {};
          // The connection open now: this one, or the one a reopen before this one (same call) opened.
          state?.db.close();
          db.close();
          state = null;
          try {
            replace();
          } finally {
            open();
          }
          return current().db;
        },
        reload: () => {
          state = build(db);
        },
      },
      sessions,
    );
    const gate = createGate(db, sessions);
    return { db, handlers, dispatch: createDispatch(handlers, console.error, gate), runAs: createRunAs(gate) };
  };
  const open = () => {
    const db = openDatabase(options.dbPath, { beforeMigrate: (d) => backupBeforeMigration(d, options.dbPath) });
    // This thread serves every window: it never blocks long on another writer's lock (db/busy.ts).
    db.pragma(`busy_timeout = ${HOST_BUSY_TIMEOUT_MS}`);
    state = build(db);
    problem = null;
    // A save waiting for the lock asks an import writing in slices to let it go first (db/busy.ts).
    stopMarking();
    stopMarking = markWhenWaiting(options.dbPath);
    // The app starting is one of the times birthday and maturity call-backs plan themselves (the CLI is not the app),
    // and of the retention period: recycle-bin customers and rejected-row copies past it are erased. While another
    // process writes (a CLI import) both wait for the next start.
    try {
      // An import a killed process left half-applied is rolled back, and an erase killed before it rebuilt the file
      // finished, first, by every host.
      recoverImports(db);
      finishErase(db);
      if (options.host !== 'cli') {
        planOccasionsToday(db);
        retainAtStart(db, options.dbPath, privacyWorker(options.importWorkerPath), console.error);
      }
    } catch (error) {
      if (!isBusy(error)) throw error;
    }
    const stopCheckpoints = options.host === 'cli' ? () => undefined : scheduleCheckpoints(() => db, options.dbPath);
    stopBackups = stopCheckpoints;
    if (options.backups ?? options.host !== 'cli') {
      const stopCopies = scheduleBackups(
        () => db,
        options.dbPath,
        backupWorker(options.importWorkerPath),
        (error) => console.error(error),
      );
      stopBackups = () => {
        stopCopies();
        stopCheckpoints();
      };
    }
    // …and pushes to head office every few minutes when this branch has one.
    if (options.host !== 'cli') stopSync = scheduleSync(() => db, undefined, options.secrets);
  };
  try {
    open();
  } catch (error) {
    // Only a damaged file is offered a backup, and an encrypted one asks for its passphrase; a full disk or a
    // read-only folder is said as it is.
    if (options.host === 'cli' || !(error instanceof DossierError)) throw error;
    if (error.code !== 'db_corrupt' && !KEY_PROBLEMS.includes(error.code)) throw error;
    problem = error;
  }

  /** While the file waits for its passphrase only these answer; a wrong one leaves the core locked. */
  const locked: Dispatch = async (channel, input) => {
    if (channel === 'encryption.status') {
      const value: EncryptionStatus = { encrypted: true, locked: true };
      return { ok: true, value };
    }
    if (channel !== 'encryption.unlock') return { ok: false, error: problem!.toBody() };
    const parsed = unlockInput.safeParse(input);
    if (!parsed.success)
      return {
        ok: false,
        error: {
          code: 'validation',
          message: 'A passphrase is required',
          issues: [{ path: 'passphrase', code: 'field.required' }],
        },
      };
    rememberKey(parsed.data.passphrase);
    try {
      open();
    } catch (error) {
      forgetKey(parsed.data.passphrase);
      if (error instanceof DossierError) return { ok: false, error: error.toBody() };
      return { ok: false, error: { code: 'internal', message: (error as Error).message } };
    }
    options.keyChanged?.(parsed.data.passphrase);
    const value: EncryptionStatus = { encrypted: true, locked: false };
    return { ok: true, value };
  };

  const recovery: Dispatch = async (channel, input) => {
    if (channel === 'backup.recovery') {
      const value: Recovery = { problem: problem?.toBody() ?? null, backup: newestGoodBackup(options.dbPath) };
      return { ok: true, value };
    }
    if (channel === 'backup.recover') {
      try {
        const path = String((input as { path?: unknown } | null)?.path ?? '');
        const value = replaceDamaged(options.dbPath, path);
        open();
        return { ok: true, value };
      } catch (error) {
        if (error instanceof DossierError) return { ok: false, error: error.toBody() };
        return { ok: false, error: { code: 'internal', message: (error as Error).message } };
      }
    }
    return { ok: false, error: problem?.toBody() ?? { code: 'internal', message: 'No database' } };
  };
  const current = () => {
    if (!state) throw problem ?? new Error('No database');
    return state;
  };
  return {
    get db() {
      return current().db;
    },
    get handlers() {
      return current().handlers;
    },
    dispatch: (channel, input, caller) => {
      if (state) return state.dispatch(channel, input, caller);
      return problem && KEY_PROBLEMS.includes(problem.code) ? locked(channel, input) : recovery(channel, input);
    },
    runAs: (channel, work, caller) => current().runAs(channel, work, caller),
    printEngine,
    close: () => {
      void printEngine.close();
      stopBackups();
      stopSync();
      stopMarking();
      state?.db.close();
    },
  };
}
