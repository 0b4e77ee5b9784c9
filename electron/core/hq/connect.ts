/**
 * A connection to the head-office database from a `postgresql://` URL. TLS follows the URL's `sslmode` as
 * node-postgres reads it: `disable` (none); `require`, `verify-ca`, `verify-full` (TLS, certificate and name checked
 * against the system's CAs or `sslrootcert=…` — node-postgres treats all three as verify-full); `no-verify`
 * encrypts without checking. Without `sslmode` the connection is not encrypted: fine on one machine, not across a
 * network.
 */
import { Client, types, type CustomTypesConfig } from 'pg';
import { DossierError } from '../../../shared/result';

/**
 * Calendar dates (`date` columns: holidays, due dates) stay the 'YYYY-MM-DD' text they are. node-postgres would make
 * them a Date at local midnight, which in China (UTC+8) reads back as the day before.
 */
export const HQ_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === types.builtins.DATE
      ? (value: string) => value
      : types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

export function checkHqUrl(url: string | undefined): string {
  if (!url)
    throw new DossierError({ code: 'validation', message: 'no url', issues: [{ path: 'url', code: 'hq.noUrl' }] });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:')
    throw new DossierError({
      code: 'validation',
      message: 'not a postgresql url',
      issues: [{ path: 'url', code: 'hq.badUrl' }],
      details: { url: redactUrl(url) },
    });
  return url;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':****@');
  }
}

/** Connects, runs `use`, and always closes the connection. */
export async function withHq<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: checkHqUrl(url), connectionTimeoutMillis: 10_000, types: HQ_TYPES });
  // An error on an idle connection (server gone) must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
