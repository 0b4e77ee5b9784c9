import type { ClientBase } from 'pg';
import { BRANCH_TABLES } from './001-schema';

/**
 * What head office's figures read quickly over twenty branches:
 * - the tombstoned customers of a branch (few), so classes, call-backs and complaints of a deleted customer are left
 *   out by a small anti-join instead of a join over every live customer;
 * - each branch table's newest arrival (`pushed_at`), for a branch's last push, one index probe per table.
 */
export async function up(client: ClientBase): Promise<void> {
  await client.query(
    `CREATE INDEX customers_tombstoned ON dossier.customers(branch_id, id) WHERE deleted_at IS NOT NULL`,
  );
  for (const table of BRANCH_TABLES)
    await client.query(`CREATE INDEX ${table}_pushed ON dossier.${table}(branch_id, pushed_at)`);
}
