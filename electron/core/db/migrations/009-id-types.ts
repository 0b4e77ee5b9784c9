import type { Database } from 'better-sqlite3';

/**
 * The document a customer's ID number is from (passport, Hong Kong/Macau and Taiwan permits, residence permit,
 * foreign permanent resident ID). Numbers stored before were a person's resident ID or a company's credit code.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE customers ADD COLUMN id_type TEXT CHECK (id_type IN ('residentId', 'residencePermit',
      'foreignPermanent', 'hkMacauPermit', 'taiwanPermit', 'passport', 'creditCode'));
    UPDATE customers SET id_type = CASE kind WHEN 'company' THEN 'creditCode' ELSE 'residentId' END
      WHERE id_number IS NOT NULL;
  `);
}
