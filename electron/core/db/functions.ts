import { shortKeys } from '../search/keys';
import type { Db } from './open';

/** SQL functions the schema's triggers call; every connection registers them before touching data. */
export function registerFunctions(db: Db): void {
  db.function('dossier_short_keys', { deterministic: true }, (name: unknown, full: unknown, initials: unknown) =>
    shortKeys(String(name ?? ''), String(full ?? ''), String(initials ?? '')),
  );
}
