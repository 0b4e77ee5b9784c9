import type { Pool } from 'pg';
import type { hqContract } from '../../../shared/hq/contract';
import { DossierError } from '../../../shared/result';
import type { AreaContext, HandlersOf } from '../context';
import { hqBranchFigures, hqFigures } from './figures';
import { pullReference } from './reference';
import { reading } from './reading';
import { hqSearch, samePerson } from './search';

export type HqHandlers = HandlersOf<typeof hqContract>;

const hqOnly = (): never => {
  throw new DossierError({ code: 'hq.only', message: 'answered only by the head-office host (--hq)' });
};

/** A branch's core: says it is a branch and pulls reference data; the figures live only at head office. */
export function branchHqHandlers({ db, actor }: AreaContext): HqHandlers {
  return {
    'hq.pull': ({ url }) => pullReference(db, url, actor()),
    'hq.status': () => ({ mode: 'branch' }),
    'hq.figures': hqOnly,
    'hq.branch': hqOnly,
    'hq.search': hqOnly,
    'hq.samePerson': hqOnly,
  };
}

/** Head office's core: everything read through the reader role's pool. */
export function hqHandlers(pool: Pool): Omit<HqHandlers, 'hq.pull'> {
  return {
    'hq.status': () => ({ mode: 'hq' }),
    'hq.figures': ({ today }) => reading(() => hqFigures(pool, { today })),
    'hq.branch': ({ branchId, today }) => reading(() => hqBranchFigures(pool, branchId, today)),
    'hq.search': ({ query, limit }) => reading(() => hqSearch(pool, query, limit)),
    'hq.samePerson': ({ by, after, limit }) => reading(() => samePerson(pool, by, after ?? null, limit)),
  };
}
