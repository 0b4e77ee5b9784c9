/**
 * The head-office schema, brought up to date: the schema `dossier`, its roles and its numbered migrations
 * (recorded in `dossier.hq_migrations`, each applied in its own transaction under an advisory lock, so two
 * `dossier hq init` at once apply each migration once).
 */
import { randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { HQ_MIGRATIONS } from './migrations/index';
import { createLoginRole, roleExists } from './roles';

/** The group role of every branch's login role, and head office's read-only login role. */
const BRANCH_GROUP = 'dossier_branch';
const HQ_READER = 'dossier_hq';
const LOCK_KEY = 0x646f73; // 'dos'

export interface HqInit {
  /** The migrations applied now (by name). */
  readonly applied: readonly string[];
  /** The reader role's password when the role was created now (shown once); null when it already existed. */
  readonly reader: { readonly role: string; readonly password: string } | null;
}

export async function initHq(client: ClientBase): Promise<HqInit> {
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    if (!(await roleExists(client, BRANCH_GROUP))) await client.query(`CREATE ROLE ${BRANCH_GROUP} NOLOGIN`);
    const reader = (await roleExists(client, HQ_READER)) ? null : await createLoginRole(client, HQ_READER, null);
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS dossier;
      GRANT USAGE ON SCHEMA dossier TO ${BRANCH_GROUP}, ${HQ_READER};
      CREATE TABLE IF NOT EXISTS dossier.hq_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM dossier.hq_migrations')).rows.map((r) => r.version),
    );
    const applied: string[] = [];
    for (const migration of HQ_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await migration.up(client);
        await client.query('INSERT INTO dossier.hq_migrations (version, name) VALUES ($1, $2)', [
          migration.version,
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(migration.name);
    }
    await client.query(`INSERT INTO dossier.org_keys (name, key) VALUES ('digest', $1) ON CONFLICT (name) DO NOTHING`, [
      randomBytes(32),
    ]);
    return { applied, reader };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}
