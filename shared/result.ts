/** Every handler answers with this envelope; clients re-throw failures as DossierError. */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'db_too_new'
  | 'db_corrupt'
  // Why a database cannot be opened or written, each with its own message and what to do (electron/core/db/open-errors.ts).
  | 'db_disk_full'
  | 'db_read_only'
  | 'db_permission'
  | 'db_locked'
  | 'db_busy'
  // An encrypted database opened without its passphrase, or with a wrong one (electron/core/db/cipher.ts).
  | 'db_key_needed'
  | 'db_wrong_key'
  | 'unauthorized'
  | 'unknown_channel'
  | 'internal'
  // A purchase of a product above the customer's risk level, on an expired assessment, or with none (风险匹配).
  | 'risk.unsuitable'
  | 'risk.expired'
  | 'risk.unassessed'
  // Sign-in (shared/auth): no signed-in session, a channel the session's role may not call, a locked account.
  | 'auth.required'
  | 'auth.forbidden'
  | 'auth.locked'
  // Head office (shared/hq): a channel only the --hq host answers, a branch page asked of it, PostgreSQL out of reach;
  // a local edit of a record head office manages.
  | 'hq.only'
  | 'hq.branchOnly'
  | 'hq.unreachable'
  | 'hq.managed';

export interface ErrorIssue {
  /** Dotted path of the offending field, e.g. `mobile` or `contacts.0.name`. */
  readonly path: string;
  /** An i18n message key, e.g. `phone.tooShort`. */
  readonly code: string;
}

export interface ErrorBody {
  readonly code: ErrorCode;
  /** English fallback; the UI shows the translated form of `code` / `issues`. */
  readonly message: string;
  readonly issues?: readonly ErrorIssue[];
  readonly details?: Readonly<Record<string, string | number>>;
}

export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorBody };

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly ErrorIssue[];
  readonly details: Readonly<Record<string, string | number>>;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'DossierError';
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.details = body.details ?? {};
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
}

export function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw new DossierError(reply.error);
}
