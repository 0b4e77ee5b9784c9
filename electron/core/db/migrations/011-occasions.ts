import type { Database } from 'better-sqlite3';

/**
 * Call-backs that plan themselves before a birthday or a product's maturity: a maturity date on purchases, the
 * indexes the planning run reads (birthdays by month and day, maturities by date, both over live rows), and the
 * ledger of occasions already planned. A ledger row is kept whatever becomes of its call-back (done, cancelled or
 * gone with its customer), so an occasion is planned at most once.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE transactions ADD COLUMN matures_on TEXT;
    CREATE INDEX transactions_live_maturity ON transactions(matures_on)
      WHERE deleted_at IS NULL AND matures_on IS NOT NULL;
    CREATE INDEX customers_live_birthday ON customers(substr(birth_date, 6))
      WHERE deleted_at IS NULL AND birth_date IS NOT NULL;

    CREATE TABLE callback_occasions (
      -- birthday: subject is the customer, key the year; product_maturity: the purchase, key its maturity date.
      kind TEXT NOT NULL CHECK (kind IN ('birthday', 'product_maturity')),
      subject_id TEXT NOT NULL,
      occasion_key TEXT NOT NULL,
      occasion_on TEXT NOT NULL,
      callback_id TEXT,
      planned_at TEXT NOT NULL,
      PRIMARY KEY (kind, subject_id, occasion_key)
    ) STRICT, WITHOUT ROWID;
  `);
}
