/** The branch's identity and its push state (cursor, connection, last push, last error) in the database. */
import type { Branch, SyncProblem, SyncStatus } from '../../../shared/sync/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { redactUrl } from '../hq/connect';
import { enqueueAll, ensureCapture } from './capture';

export function getBranch(db: Db): Branch | null {
  const row = stmt(db, 'SELECT id, code, name, created_at AS createdAt FROM branch_identity').get() as
    Branch | undefined;
  return row ?? null;
}

export function stateValue(db: Db, key: string): string | null {
  const row = stmt(db, 'SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setState(db: Db, key: string, value: string | null): void {
  if (value === null) stmt(db, 'DELETE FROM sync_state WHERE key = ?').run(key);
  else
    stmt(
      db,
      'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}

/**
 * Sets the branch this database belongs to, once: from then on every write is captured, and everything already
 * there is queued for the first push.
 */
export function initBranch(db: Db, input: { code: string; name: string }, staffId: string | null): Branch {
  return db.transaction(() => {
    const existing = getBranch(db);
    if (existing)
      throw new DossierError({
        code: 'conflict',
        message: 'The branch is already set',
        issues: [{ path: 'code', code: 'sync.branchSet' }],
        details: { code: existing.code, name: existing.name },
      });
    const branch: Branch = { id: uuidv7(), code: input.code, name: input.name, createdAt: nowIso() };
    stmt(
      db,
      'INSERT INTO branch_identity (singleton, id, code, name, created_at, created_by) VALUES (1, ?, ?, ?, ?, ?)',
    ).run(branch.id, branch.code, branch.name, branch.createdAt, staffId);
    ensureCapture(db);
    enqueueAll(db);
    audit(db, {
      entity: 'branch',
      entityId: branch.id,
      action: 'create',
      staffId,
      changes: { code: branch.code, name: branch.name },
    });
    return branch;
  })();
}

/** Changes waiting to be pushed. */
export function queueLength(db: Db): number {
  const cursor = Number(stateValue(db, 'cursor') ?? 0);
  return (stmt(db, 'SELECT count(*) AS n FROM sync_outbox WHERE seq > ?').get(cursor) as { n: number }).n;
}

/**
 * Where a host keeps the head-office password instead of the database (the desktop: the OS keychain). Without one
 * (web host, CLI) the password is kept in the branch database, as the URL is.
 */
export interface SecretStore {
  read(): string | null;
  /** null forgets it. */
  write(password: string | null): void;
}

/** The connection as stored: the URL without password, and the password apart (in the store when one is given). */
export function connection(db: Db, secrets?: SecretStore): { url: string; password: string | null } | null {
  const url = stateValue(db, 'url');
  return url ? { url, password: secrets?.read() ?? stateValue(db, 'password') } : null;
}

/** A password kept in the database before the host had a store moves into the store (and out of the file). */
export function adoptPassword(db: Db, secrets: SecretStore): void {
  const kept = stateValue(db, 'password');
  if (kept === null) return;
  secrets.write(kept);
  setState(db, 'password', null);
}

/** Stores the head-office connection (a password in the URL is moved apart); an empty URL turns pushing off. */
export function configure(
  db: Db,
  input: { url: string; password?: string | undefined },
  staffId: string | null,
  secrets?: SecretStore,
): void {
  db.transaction(() => {
    const before = stateValue(db, 'url');
    // undefined: the password stays as it is; null: forgotten.
    let password: string | null | undefined;
    if (input.url === '') {
      setState(db, 'url', null);
      password = null;
    } else {
      const parsed = new URL(input.url);
      const inUrl = parsed.password ? decodeURIComponent(parsed.password) : '';
      parsed.password = '';
      setState(db, 'url', parsed.toString());
      password = input.password || inUrl || undefined;
    }
    if (password !== undefined) setState(db, 'password', secrets ? null : password);
    const after = stateValue(db, 'url');
    audit(db, {
      entity: 'branch',
      entityId: getBranch(db)?.id ?? 'branch',
      action: 'update',
      staffId,
      changes: {
        headOffice: [before && redactUrl(before), after && redactUrl(after)],
        password: input.password ? 'changed' : 'kept',
      },
    });
    // Last, so a store that refuses leaves the database as it was.
    if (password !== undefined) secrets?.write(password);
  })();
}

/** The URL to connect with: the stored one with its password (or the one given, as it is). */
export function connectUrl(db: Db, given?: string, secrets?: SecretStore): string | null {
  if (given) return given;
  const stored = connection(db, secrets);
  if (!stored) return null;
  const url = new URL(stored.url);
  if (stored.password) url.password = encodeURIComponent(stored.password);
  return url.toString();
}

export function recordProblem(db: Db, problem: Omit<SyncProblem, 'at'> | null): void {
  setState(db, 'lastError', problem && JSON.stringify({ ...problem, at: nowIso() }));
}

export function syncStatus(db: Db, secrets?: SecretStore): SyncStatus {
  const stored = connection(db, secrets);
  const lastError = stateValue(db, 'lastError');
  return {
    branch: getBranch(db),
    url: stored ? redactUrl(stored.url) : null,
    passwordSet: Boolean(stored?.password),
    queue: queueLength(db),
    lastPushAt: stateValue(db, 'lastPushAt'),
    lastPushed: Number(stateValue(db, 'lastPushed') ?? 0),
    lastError: lastError ? (JSON.parse(lastError) as SyncProblem) : null,
  };
}
