/** Why a push failed, as a message key and its values (said in the reader's language when shown). */
import { DossierError } from '../../../shared/result';

export function describeSyncError(
  error: unknown,
  branch: string,
): { code: string; params: Record<string, string | number> } {
  if (error instanceof DossierError)
    return { code: error.issues[0]?.code ?? 'sync.error.other', params: { ...error.details } };
  const e = error as { code?: string; message?: string; hostname?: string; address?: string; port?: number };
  const message = String(e?.message ?? error);
  switch (e?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
    case '57P01': // the server shut down under the push
    case '57P03':
      return { code: 'sync.error.unreachable', params: {} };
    case '28P01':
    case '28000':
      return { code: 'sync.error.auth', params: {} };
    case '3D000':
    case '3F000':
    case '42P01':
    case '42883':
      return { code: 'sync.error.noSchema', params: {} };
    case '42501':
      return { code: 'sync.error.forbidden', params: { branch } };
  }
  // No password at all (none stored): the server asked for one the client did not have.
  if (/password must be a string|no password/i.test(message)) return { code: 'sync.error.auth', params: {} };
  if (/timeout|terminated|closed|ECONNRESET|connect/i.test(message))
    return { code: 'sync.error.unreachable', params: {} };
  if (/ssl|tls|certificate/i.test(message)) return { code: 'sync.error.tls', params: { message } };
  return { code: 'sync.error.other', params: { message } };
}
