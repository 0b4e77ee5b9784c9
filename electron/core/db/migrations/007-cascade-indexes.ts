import type { Database } from 'better-sqlite3';

/**
 * Indexes that deleting a customer (undoing an import) can use. SQLite finds the rows a foreign key cascades to with
 * an ordinary query on the child's key, which cannot use an index limited to live rows (`WHERE deleted_at IS
 * NULL`): every deleted customer scanned all contacts, interactions and purchases. Undoing an import of 89k
 * customers into a database with 24k contacts took 9 minutes, 25 s with these indexes (4 s once undo deleted in
 * one statement). The same indexes without the condition serve the lists as before, filtering out deleted rows
 * as they read them.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX contacts_customer;
    CREATE INDEX contacts_customer ON contacts(customer_id);
    DROP INDEX interactions_customer;
    CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at DESC);
    DROP INDEX transactions_customer;
    CREATE INDEX transactions_customer ON transactions(customer_id, occurred_on DESC);
  `);
}
