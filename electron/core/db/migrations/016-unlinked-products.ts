import type { Database } from 'better-sqlite3';

/**
 * Live purchases whose product name is not linked to the catalogue, by name: the products page lists these names and
 * adding a product links them, without reading every purchase (linked ones, nearly all, are not in the index).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX transactions_unlinked_product ON transactions(product)
      WHERE product_id IS NULL AND deleted_at IS NULL;
  `);
}
