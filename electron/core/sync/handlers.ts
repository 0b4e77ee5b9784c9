import type { syncContract } from '../../../shared/sync/contract';
import type { AreaContext, HandlersOf } from '../context';
import { push } from './push';
import { ensureCapture } from './capture';
import { configure, getBranch, initBranch, syncStatus } from './state';

export type SyncHandlers = HandlersOf<typeof syncContract>;

export function syncHandlers({ db, actor }: AreaContext): SyncHandlers {
  // A branch's database captures every write; the triggers are made again if a migration rebuilt a table.
  if (getBranch(db)) ensureCapture(db);
  return {
    'sync.status': () => syncStatus(db),
    'sync.branchInit': (input) => initBranch(db, input, actor()),
    'sync.configure': (input) => {
      configure(db, input, actor());
      return syncStatus(db);
    },
    'sync.push': (input) => push(db, { url: input?.url }),
  };
}
