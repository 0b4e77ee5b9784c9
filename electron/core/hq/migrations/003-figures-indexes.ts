import type { ClientBase } from 'pg';
import { BRANCH_TABLES } from './001-schema';

/**
 * What head office's figures read quickly over twenty branches:
 * - the tombstoned customers of a branch (few), so classes, call-backs and complaints of a deleted customer are left
 *   out by a small anti-join instead of a join over every live customer;
 * - each branch table's newest arrival (`pushed_at`), for a branch's last push, one index probe per table;
 * - the live customers' class columns, so the class counts read a narrow index instead of the class rows;
 * - the live customers' digests, so "the same person at two branches" walks an index in digest order, reading no
 *   row, and stops after a page of shared digests;
 * - the live customers' masked mobiles, whole and by their last four digits (what a search by mobile types).
 */
export async function up(client: ClientBase): Promise<void> {
  await client.query(
    `CREATE INDEX customers_tombstoned ON dossier.customers(branch_id, id) WHERE deleted_at IS NOT NULL`,
  );
  await client.query(`
    CREATE INDEX customer_classes_live_counts ON dossier.customer_classes(branch_id, abc, value, lifecycle, id)
      WHERE deleted_at IS NULL;
    CREATE INDEX customers_live_id_number ON dossier.customers(id_number_digest, branch_id)
      WHERE deleted_at IS NULL AND id_number_digest IS NOT NULL;
    CREATE INDEX customers_live_mobile ON dossier.customers(mobile_digest, branch_id)
      WHERE deleted_at IS NULL AND mobile_digest IS NOT NULL;
    CREATE INDEX customers_live_masked ON dossier.customers(mobile_masked) WHERE deleted_at IS NULL;
    CREATE INDEX customers_live_last4 ON dossier.customers(right(mobile_masked, 4)) WHERE deleted_at IS NULL;
  `);
  for (const table of BRANCH_TABLES)
    await client.query(`CREATE INDEX ${table}_pushed ON dossier.${table}(branch_id, pushed_at)`);
}
