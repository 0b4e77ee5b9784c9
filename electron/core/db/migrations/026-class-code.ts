import type { Database } from 'better-sqlite3';
import { CLASS_CODE_SQL } from '../../segments/class-code';

/**
 * Each customer's classes and R and F scores as one number (segments/class-code.ts), which a staff member's Segments
 * overview groups their customers by: at 100k customers in scope, grouping by seven text columns took 170–310 ms,
 * mostly sorting them. Filled here for the classes already computed, so the figures are the same before the next
 * computation; not indexed, so a computation writing it touches no index.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE customer_segments ADD COLUMN class_code INTEGER;
    UPDATE customer_segments SET class_code = ${CLASS_CODE_SQL};
  `);
}
