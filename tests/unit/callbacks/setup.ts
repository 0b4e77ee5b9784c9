/** Test databases and a core for the call-back channels, validated as the dispatcher validates them. */
// Branch dates are local dates; the tests pin the branch's time zone so instants map to the same days everywhere.
process.env.TZ = 'Asia/Shanghai';

import type { z } from 'zod';
import { callbackHandlers, type CallbackHandlers } from '../../../electron/core/callbacks/handlers';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { createDispatch, type Dispatch } from '../../../electron/core/dispatch';
import type { Handlers } from '../../../electron/core/handlers';
import { ensureDefaultStaff } from '../../../electron/core/staff/staff';
import { callbackContract, type CallbackChannel } from '../../../shared/callbacks/contract';

function callbacksDb(path = ':memory:'): Db {
  return openDatabase(path);
}

type In<K extends CallbackChannel> = z.input<(typeof callbackContract)[K]['input']>;
type Out<K extends CallbackChannel> = (typeof callbackContract)[K]['output'];

export interface CallbacksCore {
  readonly db: Db;
  readonly actorId: string;
  readonly handlers: CallbackHandlers;
  /** Validates like the dispatcher (the contract's zod schema), then runs the handler. */
  readonly call: <K extends CallbackChannel>(channel: K, input: In<K>) => Out<K>;
  /** The hosts' dispatcher over the call-back channels, which `dossier callbacks` goes through. */
  readonly dispatch: Dispatch;
}

export function callbacksCore(): CallbacksCore {
  const db = callbacksDb();
  const actorId = ensureDefaultStaff(db).id;
  const handlers = callbackHandlers({ db, actor: () => actorId });
  const call = <K extends CallbackChannel>(channel: K, input: In<K>): Out<K> => {
    const parsed: unknown = callbackContract[channel].input.parse(input);
    return (handlers[channel] as (i: unknown) => Out<K>)(parsed);
  };
  return { db, actorId, handlers, call, dispatch: createDispatch(handlers as Handlers) };
}
