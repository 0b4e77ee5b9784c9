import { DossierError } from '../../../shared/result';

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
