/**
 * The head-office core: no branch database, only PostgreSQL through the read-only role. It answers the head-office
 * channels; every branch-only channel is refused with `hq.branchOnly`, so a host serves the same renderer, which
 * asks `hq.status` and shows its head-office pages.
 */
import { CHANNELS } from '../../../shared/channels';
import { DossierError } from '../../../shared/result';
import { createDispatch, type Dispatch } from '../dispatch';
import type { Handlers } from '../handlers';
import { hqHandlers } from './handlers';
import { openHqReader } from './reader';

export interface HqCore {
  readonly dispatch: Dispatch;
  close(): Promise<void>;
}

export function createHqCore(url: string): HqCore {
  const pool = openHqReader(url);
  const own: Partial<Record<string, unknown>> = hqHandlers(pool);
  const branchOnly = (): never => {
    throw new DossierError({ code: 'hq.branchOnly', message: 'a branch page; head office reads figures only' });
  };
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, own[c] ?? branchOnly])) as unknown as Handlers;
  return { dispatch: createDispatch(handlers), close: () => pool.end() };
}
