/**
 * The customers' two search indexes as every database has them now (trigram `customers_fts`, short
 * `customers_short`): the triggers that keep them in step row by row, and the statements that index many new
 * customers at once instead (an import, an undo, the demo seed). The trigram triggers are migration 001's; the
 * short index's are written by migration 009 (contacts in search) from here, so this text must not change: a new
 * index definition is a new migration, and 009 then keeps its own copy of this one (as 006 does of its own).
 * tests/unit/search/schema.test.ts compares this with a freshly migrated database, so a difference (which would
 * quietly send imports back to row-by-row indexing) fails.
 */

/**
 * The short index's two columns for the customer row `r`, as SQL: the keys of the name and of its live contacts'
 * names (a company is found by its contacts, see search/contacts.ts), and the other fields' keys.
 */
export const shortIndexColumns = (r: string): string =>
  `concat_ws(' ', dossier_name_keys(${r}.name, ${r}.name_pinyin, ${r}.name_initials),
     (SELECT group_concat(dossier_contact_keys(k.name), ' ') FROM contacts k
       WHERE k.customer_id = ${r}.id AND k.deleted_at IS NULL)),
   dossier_field_keys(concat_ws(char(10), ${r}.employer, ${r}.region, ${r}.address,
     (SELECT group_concat(value, char(10)) FROM json_each(CASE WHEN json_valid(${r}.custom_fields)
       THEN ${r}.custom_fields ELSE '{}' END))))`;

/** A trigger as sqlite_master stores it: the CREATE statement as written, without its final semicolon. */
export interface SearchTrigger {
  readonly name: string;
  readonly sql: string;
}

/** A trigger indexing a new customer, with the statement that indexes every customer above a rowid at once. */
interface InsertTrigger extends SearchTrigger {
  readonly bulk: string;
}

const FTS_INSERT: InsertTrigger = {
  name: 'customers_fts_insert',
  sql: `CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
    END`,
  bulk: 'INSERT INTO customers_fts(rowid, search_text) SELECT rowid, search_text FROM customers WHERE rowid > ?',
};
const FTS_DELETE: SearchTrigger = {
  name: 'customers_fts_delete',
  sql: `CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
      INSERT INTO customers_fts(customers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    END`,
};
const FTS_UPDATE: SearchTrigger = {
  name: 'customers_fts_update',
  sql: `CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN
      INSERT INTO customers_fts(customers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO customers_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
    END`,
};

export const SHORT_INSERT: InsertTrigger = {
  name: 'customers_short_insert',
  sql: `CREATE TRIGGER customers_short_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_short(rowid, keys, field_keys) VALUES (new.rowid, ${shortIndexColumns('new')});
    END`,
  bulk: `INSERT INTO customers_short(rowid, keys, field_keys) SELECT c.rowid, ${shortIndexColumns('c')}
           FROM customers c WHERE c.rowid > ?`,
};
const SHORT_DELETE: SearchTrigger = {
  name: 'customers_short_delete',
  sql: `CREATE TRIGGER customers_short_delete AFTER DELETE ON customers BEGIN
      DELETE FROM customers_short WHERE rowid = old.rowid;
    END`,
};
export const SHORT_UPDATE: SearchTrigger = {
  name: 'customers_short_update',
  sql: `CREATE TRIGGER customers_short_update
    AFTER UPDATE OF name, name_pinyin, name_initials, employer, region, address, custom_fields ON customers BEGIN
      DELETE FROM customers_short WHERE rowid = old.rowid;
      INSERT INTO customers_short(rowid, keys, field_keys) VALUES (new.rowid, ${shortIndexColumns('new')});
    END`,
};

/** Every trigger on customers that keeps a search index in step. */
export const SEARCH_TRIGGERS: readonly SearchTrigger[] = [
  FTS_INSERT,
  FTS_DELETE,
  FTS_UPDATE,
  SHORT_INSERT,
  SHORT_DELETE,
  SHORT_UPDATE,
];
/** The triggers indexing new customers, which a bulk write replaces by their `bulk` statements. */
export const INSERT_TRIGGERS: readonly InsertTrigger[] = [FTS_INSERT, SHORT_INSERT];
/** The triggers re-indexing a changed customer. */
export const UPDATE_TRIGGERS: readonly SearchTrigger[] = [FTS_UPDATE, SHORT_UPDATE];

const oneLine = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

/** Whether a stored trigger is the one defined here (layout aside): only then may a bulk statement stand in for it. */
export const isKnownTrigger = (stored: string | undefined, trigger: SearchTrigger): boolean =>
  stored !== undefined && oneLine(stored) === oneLine(trigger.sql);
