import { fieldShortKeys, nameKeys, nameShortKeys, shortKeys } from './keys';
import type { Db } from '../db/open';

const text = (v: unknown): string => String(v ?? '');

/** SQL functions the schema's triggers call; every connection registers them before touching data. */
export function registerFunctions(db: Db): void {
  // Migrations 003 and 005 index with it; migration 006's index and triggers use the two below.
  db.function('dossier_short_keys', { deterministic: true }, (name: unknown, full: unknown, initials: unknown) =>
    shortKeys(text(name), text(full), text(initials)),
  );
  db.function('dossier_name_keys', { deterministic: true }, (name: unknown, full: unknown, initials: unknown) =>
    nameShortKeys(text(name), text(full), text(initials)),
  );
  db.function('dossier_field_keys', { deterministic: true }, (fields: unknown) => fieldShortKeys(text(fields)));
  // Migration 009's short index: a contact's name keys, its pinyin worked out here (contacts store none).
  db.function('dossier_contact_keys', { deterministic: true }, (name: unknown) => {
    const keys = nameKeys(text(name));
    return nameShortKeys(text(name), keys.full, keys.initials);
  });
}
