import type { Database } from 'better-sqlite3';

/** Custom fields on customers, import batches (undoable), remembered mappings, and transactions (purchases). */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE customers ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}';

    CREATE TABLE import_batches (
      id TEXT PRIMARY KEY,
      target TEXT NOT NULL CHECK (target IN ('customers', 'transactions')),
      file_name TEXT NOT NULL,
      sheet TEXT,
      policy TEXT NOT NULL,
      created INTEGER NOT NULL,
      updated INTEGER NOT NULL,
      skipped INTEGER NOT NULL,
      rejected INTEGER NOT NULL,
      rejected_rows TEXT NOT NULL DEFAULT '[]',
      staff_id TEXT REFERENCES staff(id),
      started_at TEXT NOT NULL,
      finished_at TEXT NOT NULL,
      undone_at TEXT,
      undone_by TEXT REFERENCES staff(id)
    ) STRICT;

    CREATE TABLE import_batch_items (
      batch_id TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
      entity TEXT NOT NULL CHECK (entity IN ('customer', 'transaction')),
      entity_id TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
      before TEXT,
      PRIMARY KEY (batch_id, entity, entity_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE import_mappings (
      header_key TEXT PRIMARY KEY,
      target TEXT NOT NULL,
      mapping TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE transactions (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      occurred_on TEXT NOT NULL,
      product TEXT NOT NULL,
      amount_cents INTEGER NOT NULL,
      profit_cents INTEGER,
      channel TEXT,
      notes TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX transactions_customer ON transactions(customer_id, occurred_on DESC) WHERE deleted_at IS NULL;
    CREATE INDEX transactions_date ON transactions(occurred_on) WHERE deleted_at IS NULL;
  `);
}
