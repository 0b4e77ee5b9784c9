import type { ClientBase } from 'pg';
import { BRANCH_TABLES } from './001-schema';

/**
 * The mirrors lose their foreign key to `branches`: row-level security already admits only the writing role's own
 * branch, and the key check (an index probe and a row lock on the branch per row written) was the largest single
 * cost of a branch's initial push.
 */
export async function up(client: ClientBase): Promise<void> {
  for (const table of BRANCH_TABLES)
    await client.query(`ALTER TABLE dossier.${table} DROP CONSTRAINT IF EXISTS ${table}_branch_id_fkey`);
}
