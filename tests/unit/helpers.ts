import { openDatabase, type Db } from '../../electron/core/db/open';
import { createHandlers, type Handlers } from '../../electron/core/handlers';
import { createDispatch, type Dispatch } from '../../electron/core/dispatch';
import { customerInput, type CustomerInput, type CustomerValues } from '../../shared/customers/schemas';

export interface TestCore {
  readonly db: Db;
  readonly handlers: Handlers;
  readonly dispatch: Dispatch;
}

export function memoryCore(): TestCore {
  const db = openDatabase(':memory:');
  const handlers = createHandlers({ db, dbPath: ':memory:', host: 'web', version: 'test' });
  return { db, handlers, dispatch: createDispatch(handlers, () => undefined) };
}

/** A valid customer as the form would submit it, after the shared schema's normalisation. */
export function customer(input: Partial<CustomerInput> & { name: string }): CustomerValues {
  return customerInput.parse({ kind: 'person', ...input });
}

/** Opens a database file, runs something on it, and closes it again (before a CLI or a child process uses it). */
export function withDb<T>(path: string, run: (db: Db) => T): T {
  const db = openDatabase(path);
  try {
    return run(db);
  } finally {
    db.close();
  }
}
