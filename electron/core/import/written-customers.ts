/**
 * The customers an import has written, by their keys (fileKeys), for up to a bound: a later row with one of their
 * keys is the same customer without asking the database (run.ts, file-merge.ts). Up to 100k customers are kept, all
 * in typed arrays, off V8's heap: the keys in a KeyTable, each leading to an entry number, and the entries' ids (16
 * bytes each), rows and whether the import created the customer.
 */
import { fileKeys, type Keyed } from './duplicate-keys';
import { KeyTable } from './key-table';
import { UUID_PATTERN } from '../../../shared/fields';

/** A customer this import wrote: created from a row of the file (`row`), or an existing one it updated. */
export interface Written {
  readonly id: string;
  readonly row: number;
  readonly created: boolean;
}

/** A Written that `find` answered: `entry` is where it is kept, so adding keys to it adds them to the same entry. */
class Entry implements Written {
  constructor(
    readonly id: string,
    readonly row: number,
    readonly created: boolean,
    readonly entry: number,
  ) {}
}

const dashed = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/**
 * Past the bound (`full`) rows must be looked up. An entry is one Written as it was added: each key leads to the
 * entry it was first added with, so a customer updated from two rows has keys leading to either row.
 */
export class WrittenCustomers {
  private readonly byKey = new KeyTable();
  private ids = Buffer.alloc(0);
  private rows = new Int32Array(0);
  private created = new Uint8Array(0);
  /** Ids that are not lower-case UUIDs (a file from elsewhere), by entry. */
  private readonly otherIds = new Map<number, string>();
  private entries = 0;
  private count = 0;

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.count >= this.limit;
  }

  /** Remembers the customer's keys (new ones, for a customer already remembered). */
  add(values: Keyed, written: Written): void {
    const keys = fileKeys(values);
    const known = keys.some((k) => {
      const entry = this.byKey.get(k);
      return entry !== undefined && this.idOf(entry) === written.id;
    });
    if (!known) {
      if (this.count >= this.limit) return;
      this.count++;
    }
    let entry = -1;
    for (const k of keys)
      if (!this.byKey.has(k)) {
        if (entry < 0) entry = this.entryOf(written);
        this.byKey.set(k, entry);
      }
  }

  /** The first written customer one of these keys belongs to. */
  find(values: Keyed): Written | undefined {
    for (const k of fileKeys(values)) {
      const entry = this.byKey.get(k);
      if (entry !== undefined)
        return new Entry(this.idOf(entry), this.rows[entry] ?? 0, this.created[entry] === 1, entry);
    }
    return undefined;
  }

  private idOf(entry: number): string {
    return this.otherIds.get(entry) ?? dashed(this.ids.toString('hex', entry * 16, entry * 16 + 16));
  }

  /** The entry of a Written `find` answered, or a new one. */
  private entryOf(written: Written): number {
    if (written instanceof Entry) return written.entry;
    const entry = this.entries++;
    if (entry === this.rows.length) this.grow();
    if (UUID_PATTERN.test(written.id)) this.ids.write(written.id.replace(/-/g, ''), entry * 16, 16, 'hex');
    else this.otherIds.set(entry, written.id);
    this.rows[entry] = written.row;
    this.created[entry] = written.created ? 1 : 0;
    return entry;
  }

  private grow(): void {
    const size = Math.max(1024, this.rows.length * 2);
    const ids = Buffer.alloc(size * 16);
    this.ids.copy(ids);
    this.ids = ids;
    const rows = new Int32Array(size);
    rows.set(this.rows);
    this.rows = rows;
    const created = new Uint8Array(size);
    created.set(this.created);
    this.created = created;
  }
}
