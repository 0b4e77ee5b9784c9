import type { Pool } from 'pg';
import type { hqContract } from '../../../shared/hq/contract';
import { DossierError } from '../../../shared/result';
import type { HandlersOf } from '../context';
import { hqBranchFigures, hqFigures } from './figures';
import { hqSearch, samePerson } from './search';

export type HqHandlers = HandlersOf<typeof hqContract>;

const hqOnly = (): never => {
  throw new DossierError({ code: 'hq.only', message: 'answered only by the head-office host (--hq)' });
};

/** A branch's core: says it is a branch; the head-office figures live only at head office. */
export function branchHqHandlers(): HqHandlers {
  return {
    'hq.status': () => ({ mode: 'branch' }),
    'hq.figures': hqOnly,
    'hq.branch': hqOnly,
    'hq.search': hqOnly,
    'hq.samePerson': hqOnly,
  };
}

/** Failures of the connection (refused, timed out, wrong password, server shutting down), not of a query. */
const CONNECTION_CODES = /^(ECONN|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN|08|28|3D000|57P)/;

/** A head-office read; PostgreSQL out of reach is said so (with its reason), anything else stays what it is. */
export async function reading<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    const message = (error as Error).message ?? String(error);
    if (CONNECTION_CODES.test(code) || /timeout|Connection terminated/i.test(message))
      throw new DossierError({ code: 'hq.unreachable', message, details: { reason: message } });
    throw error;
  }
}

/** Head office's core: everything read through the reader role's pool. */
export function hqHandlers(pool: Pool): HqHandlers {
  return {
    'hq.status': () => ({ mode: 'hq' }),
    'hq.figures': ({ today }) => reading(() => hqFigures(pool, { today })),
    'hq.branch': ({ branchId, today }) => reading(() => hqBranchFigures(pool, branchId, today)),
    'hq.search': ({ query, limit }) => reading(() => hqSearch(pool, query, limit)),
    'hq.samePerson': ({ by, after, limit }) => reading(() => samePerson(pool, by, after ?? null, limit)),
  };
}
