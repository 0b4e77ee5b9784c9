/**
 * Head-office roles: a login role per branch (member of `dossier_branch`, so row-level security keeps it to its
 * own rows) and the read-only reader. Passwords are generated here and sent to PostgreSQL as SCRAM-SHA-256
 * verifiers, so the password itself never reaches the server or its statement log; the caller shows it once.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import { DossierError } from '../../../shared/result';
import { BRANCH_CODE } from '../../../shared/sync/schemas';

function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** The verifier PostgreSQL stores for a password (RFC 5802 / 7677, as `ALTER ROLE … PASSWORD` accepts it). */
function scramVerifier(password: string, salt: Buffer = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(password.normalize('NFKC'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export async function roleExists(client: ClientBase, role: string): Promise<boolean> {
  return (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
}

/** Creates a login role with a new password (inside `group` when given); returns the password, shown once. */
export async function createLoginRole(
  client: ClientBase,
  role: string,
  group: string | null,
): Promise<{ role: string; password: string }> {
  const password = generatePassword();
  const name = client.escapeIdentifier(role);
  await client.query(
    `CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD ${client.escapeLiteral(scramVerifier(password))}`,
  );
  // INHERIT is needed for the group's grants; NOINHERIT above keeps any other membership out until granted here.
  if (group) await client.query(`ALTER ROLE ${name} INHERIT; GRANT ${client.escapeIdentifier(group)} TO ${name}`);
  return { role, password };
}

export interface AddedBranch {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly role: string;
  readonly password: string;
}

/** The login role of a branch code: lower case, `dossier_b_` before it. */
function branchRole(code: string): string {
  return `dossier_b_${code.toLowerCase().replace(/-/g, '_')}`;
}

/** A branch row and its login role, in one transaction: either both exist afterwards or neither. */
export async function addBranch(client: ClientBase, code: string, name: string): Promise<AddedBranch> {
  if (!BRANCH_CODE.test(code))
    throw new DossierError({
      code: 'validation',
      message: 'bad branch code',
      issues: [{ path: 'code', code: 'hq.badCode' }],
      details: { code },
    });
  if (!name.trim())
    throw new DossierError({
      code: 'validation',
      message: 'no branch name',
      issues: [{ path: 'name', code: 'hq.noName' }],
    });
  const role = branchRole(code);
  await client.query('BEGIN');
  try {
    const taken = await client.query('SELECT 1 FROM dossier.branches WHERE lower(code) = lower($1) OR role_name = $2', [
      code,
      role,
    ]);
    if (taken.rowCount || (await roleExists(client, role)))
      throw new DossierError({
        code: 'conflict',
        message: 'branch exists',
        issues: [{ path: 'code', code: 'hq.branchExists' }],
        details: { code },
      });
    const id = randomUUID();
    await client.query('INSERT INTO dossier.branches (id, code, name, role_name) VALUES ($1, $2, $3, $4)', [
      id,
      code,
      name.trim(),
      role,
    ]);
    const { password } = await createLoginRole(client, role, 'dossier_branch');
    await client.query('COMMIT');
    return { id, code, name: name.trim(), role, password };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
