import type { syncContract } from '../../../shared/sync/contract';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { push } from './push';
import { ensureCapture } from './capture';
import { adoptPassword, configure, getBranch, initBranch, syncStatus } from './state';

export type SyncHandlers = HandlersOf<typeof syncContract>;

export function syncHandlers({ db, actor }: AreaContext, { secrets }: Pick<CoreContext, 'secrets'>): SyncHandlers {
  // A branch's database captures every write; the triggers are made again if a migration rebuilt a table.
  if (getBranch(db)) ensureCapture(db);
  if (secrets) adoptPassword(db, secrets);
  return {
    'sync.status': () => syncStatus(db, secrets),
    'sync.branchInit': (input) => initBranch(db, input, actor()),
    'sync.configure': (input) => {
      configure(db, input, actor(), secrets);
      return syncStatus(db, secrets);
    },
    'sync.push': (input) => push(db, { url: input?.url, secrets }),
  };
}
