/**
 * Test databases with the call-back schema. Until migrations/index.ts lists 003-callbacks.ts, its `up` is run here
 * when the tables are missing (in one transaction, as `migrate` would; user_version is left alone so the file still
 * opens with this Dossier). Once it is listed, openDatabase has already run it and this is a no-op.
 */
// Branch dates are local dates; the tests pin the branch's time zone so instants map to the same days everywhere.
process.env.TZ = 'Asia/Shanghai';

import type { z } from 'zod';
import { createCallbackHandlers, type CallbackHandlers } from '../../../electron/core/callbacks/handlers';
import { up as callbacksUp } from '../../../electron/core/db/migrations/003-callbacks';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { ensureDefaultStaff } from '../../../electron/core/db/staff';
import { callbackContract, type CallbackChannel } from '../../../shared/callbacks';

export function ensureCallbacksSchema(db: Db): void {
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'callbacks'").get()) return;
  db.transaction(() => callbacksUp(db))();
}

export function callbacksDb(path = ':memory:'): Db {
  const db = openDatabase(path);
  ensureCallbacksSchema(db);
  return db;
}

type In<K extends CallbackChannel> = z.input<(typeof callbackContract)[K]['input']>;
type Out<K extends CallbackChannel> = (typeof callbackContract)[K]['output'];

export interface CallbacksCore {
  readonly db: Db;
  readonly actorId: string;
  readonly handlers: CallbackHandlers;
  /** Validates like the dispatcher (the contract's zod schema), then runs the handler. */
  readonly call: <K extends CallbackChannel>(channel: K, input: In<K>) => Out<K>;
}

export function callbacksCore(): CallbacksCore {
  const db = callbacksDb();
  const actorId = ensureDefaultStaff(db).id;
  const handlers = createCallbackHandlers(db, () => actorId);
  const call = <K extends CallbackChannel>(channel: K, input: In<K>): Out<K> => {
    const parsed: unknown = callbackContract[channel].input.parse(input);
    return (handlers[channel] as (i: unknown) => Out<K>)(parsed);
  };
  return { db, actorId, handlers, call };
}
