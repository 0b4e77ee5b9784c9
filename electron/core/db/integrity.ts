/** The database file's own health as SQLite checks it: its pages and indexes, and its foreign keys. */
import type { Db } from './open';

interface Integrity {
  /** `ok`, or what SQLite found damaged. */
  readonly integrity: string;
  readonly foreignKeyProblems: number;
  readonly ok: boolean;
}

export function checkIntegrity(db: Db): Integrity {
  const found = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  return {
    integrity: found.join('; '),
    foreignKeyProblems,
    ok: found.length === 1 && found[0] === 'ok' && foreignKeyProblems === 0,
  };
}
