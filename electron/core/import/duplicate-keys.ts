/** The keys a customer row is a duplicate by, and which of them live customers already have. */
import type { Db } from '../db/open';
import { allInBatches, sql, type SqlQuery } from '../db/sql';

/** Rows normalised and checked for duplicates together. */
export const CHUNK = 500;

/** The rows in arrays of `size` (the last one shorter); an empty input gives none. */
export function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Within-file duplicates: the same keys the database check uses. Joined, not concatenated: a join is one flat string,
 * where `m:${mobile}` is a rope holding its parts (and, for a cell, the file's whole text), and up to 100k customers'
 * keys are kept (WRITTEN_KEYS in run.ts).
 */
export function fileKeys(v: Keyed): string[] {
  const keys: string[] = [];
  if (v.mobile) keys.push(['m', v.mobile].join(':'));
  if (v.idNumber) keys.push(['i', v.idNumber].join(':'));
  if (v.employer) keys.push(['n', v.name, v.employer].join('\u0001'));
  return keys;
}

export interface Keyed {
  readonly name: string;
  readonly mobile: string | null;
  readonly idNumber: string | null;
  readonly employer: string | null;
}

/** The keys findDuplicates matches on (mobile, ID number, name at employer), as sets, compared as SQL compares them. */
export class DuplicateKeys {
  private readonly mobiles = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly employers = new Map<string, Set<string>>();

  add(mobile: string | null, idNumber: string | null, name: string | null, employer: string | null): void {
    if (mobile !== null) this.mobiles.add(mobile);
    if (idNumber !== null) this.ids.add(idNumber);
    if (name !== null && employer !== null) {
      let at = this.employers.get(name);
      if (!at) this.employers.set(name, (at = new Set()));
      at.add(employer);
    }
  }

  has(v: Keyed): boolean {
    return (
      (v.mobile !== null && this.mobiles.has(v.mobile)) ||
      (v.idNumber !== null && this.ids.has(v.idNumber)) ||
      (v.employer !== null && this.employers.get(v.name)?.has(v.employer) === true)
    );
  }
}

// One statement per key for a chunk's rows, in lists of CHUNK (allInBatches pads them), so each is prepared once.
const MOBILES_IN = (list: SqlQuery): SqlQuery =>
  sql`SELECT mobile FROM customers WHERE mobile IN (${list}) AND deleted_at IS NULL`;
const IDS_IN = (list: SqlQuery): SqlQuery =>
  sql`SELECT id_number AS idNumber FROM customers WHERE id_number IN (${list}) AND deleted_at IS NULL`;
const PAIRS_IN = (list: SqlQuery): SqlQuery =>
  sql`SELECT name, employer FROM customers WHERE (name, employer) IN (VALUES ${list}) AND deleted_at IS NULL`;

/** Which of these customers' keys live customers already have: three indexed queries instead of one per row. */
export function existingKeys(db: Db, rows: readonly Keyed[]): DuplicateKeys {
  const found = new DuplicateKeys();
  if (rows.length === 0) return found;
  const mobiles = new Set<string>();
  const ids = new Set<string>();
  const pairs: string[] = [];
  for (const v of rows) {
    if (v.mobile !== null) mobiles.add(v.mobile);
    if (v.idNumber !== null) ids.add(v.idNumber);
    if (v.employer !== null) pairs.push(v.name, v.employer);
  }
  for (const r of allInBatches<{ mobile: string }>(db, [...mobiles], MOBILES_IN, { size: CHUNK }))
    found.add(r.mobile, null, null, null);
  for (const r of allInBatches<{ idNumber: string }>(db, [...ids], IDS_IN, { size: CHUNK }))
    found.add(null, r.idNumber, null, null);
  for (const r of allInBatches<{ name: string; employer: string }>(db, pairs, PAIRS_IN, { size: CHUNK, width: 2 }))
    found.add(null, null, r.name, r.employer);
  return found;
}
