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

/**
 * How long a connection may take. A server that is up answers in milliseconds, one that is gone refuses at once; one
 * that takes the connection and never answers (shutting down, or a host going away) is given up after the first,
 * so "Push now" says head office is out of reach within seconds. The app's own push, which nobody waits for, tries
 * once more for longer (a slow link).
 */
export const HQ_CONNECT_MS = { first: 3_000, patient: 10_000 } as const;

interface HqConnectOptions {
  /** After a first attempt that timed out, try once more with the longer timeout. */
  readonly patient?: boolean;
}

async function connect(url: string, timeoutMs: number): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, types: HQ_TYPES });
  // An error on an idle connection (server gone) must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

const timedOut = (error: unknown) => /timeout/i.test(String((error as Error | undefined)?.message ?? ''));

/** Connects, runs `use`, and always closes the connection. */
export async function withHq<T>(
  url: string,
  use: (client: Client) => Promise<T>,
  options: HqConnectOptions = {},
): Promise<T> {
  const checked = checkHqUrl(url);
  let client: Client;
  try {
    client = await connect(checked, HQ_CONNECT_MS.first);
  } catch (error) {
    if (!options.patient || !timedOut(error)) throw error;
    client = await connect(checked, HQ_CONNECT_MS.patient);
  }
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
