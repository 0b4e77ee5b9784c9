import type { Host } from '../../shared/settings/types';
import { createDispatch, type Dispatch } from './dispatch';
import { planOccasionsToday } from './callbacks/occasions';
import { createHandlers, type Handlers } from './handlers';
import { openDatabase, type Db } from './db/open';
import { chromiumPrintEngine } from './reports/chromium-print';
import type { PrintEngine } from './reports/print-engine';
import { applyPhoneRegion } from './settings/settings';
import { APP_VERSION } from './version';

export interface Core {
  readonly db: Db;
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
  /** The print engine reports go to; a host that prints closes it (core.close() does not wait for it). */
  readonly printEngine: PrintEngine;
  close(): void;
}

/** Opens (and migrates) the database and builds the handler map every host adapts. */
export function createCore(options: {
  dbPath: string;
  host: Host;
  importWorkerPath?: string | null;
  /** The host's print engine; by default the machine's Chromium, started on the first PDF. */
  printEngine?: PrintEngine;
}): Core {
  const db = openDatabase(options.dbPath);
  const printEngine = options.printEngine ?? chromiumPrintEngine();
  applyPhoneRegion(db);
  const handlers = createHandlers({
    db,
    dbPath: options.dbPath,
    host: options.host,
    version: APP_VERSION,
    importWorkerPath: options.importWorkerPath ?? null,
    printEngine,
  });
  // The app starting is one of the times birthday and maturity call-backs plan themselves (the CLI is not the app).
  if (options.host !== 'cli') planOccasionsToday(db);
  return {
    db,
    handlers,
    dispatch: createDispatch(handlers),
    printEngine,
    close: () => {
      void printEngine.close();
      db.close();
    },
  };
}
