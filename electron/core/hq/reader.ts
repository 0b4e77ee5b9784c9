/** Head office's read-only connection pool (the `dossier_hq` role), for the `--hq` web host and `hq report`. */
import { Pool } from 'pg';
import { HQ_TYPES, checkHqUrl } from './connect';

export function openHqReader(url: string): Pool {
  const pool = new Pool({
    connectionString: checkHqUrl(url),
    max: 6,
    connectionTimeoutMillis: 10_000,
    types: HQ_TYPES,
  });
  // An idle connection the server dropped must not crash the host; the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}
