import type { Host } from '../../shared/settings/types';
import { createGate } from './auth/gate';
import { Sessions } from './auth/sessions';
import { createDispatch, type Dispatch } from './dispatch';
import { planOccasionsToday } from './callbacks/occasions';
import { createHandlers, type Handlers } from './handlers';
import { openDatabase, type Db } from './db/open';
import { applyRetention } from './privacy/retention';
import { applyPhoneRegion } from './settings/settings';
import { APP_VERSION } from './version';

export interface Core {
  readonly db: Db;
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  close(): void;
}

/** Opens (and migrates) the database and builds the handler map every host adapts. */
export function createCore(options: { dbPath: string; host: Host; importWorkerPath?: string | null }): Core {
  const db = openDatabase(options.dbPath);
  applyPhoneRegion(db);
  const sessions = new Sessions();
  const handlers = createHandlers(
    {
      db,
      dbPath: options.dbPath,
      host: options.host,
      version: APP_VERSION,
      importWorkerPath: options.importWorkerPath ?? null,
    },
    sessions,
  );
  // The app starting is one of the times birthday and maturity call-backs plan themselves (the CLI is not the app).
  if (options.host !== 'cli') planOccasionsToday(db);
  // …and of the retention period: recycle-bin customers and rejected-row copies past it are erased.
  if (options.host !== 'cli') applyRetention(db);
  return {
    db,
    handlers,
    dispatch: createDispatch(handlers, console.error, createGate(db, sessions)),
    close: () => db.close(),
  };
}
