import type { Database } from 'better-sqlite3';
import { searchText } from '../../search/keys';

/** The short index's two columns for the customer row `r`, as SQL: the name's keys, the other fields' keys. */
const shortIndexColumns = (r: string): string =>
  `dossier_short_keys(${r}.name, ${r}.name_pinyin, ${r}.name_initials),
   dossier_short_keys(concat_ws(char(10), ${r}.employer, ${r}.region, ${r}.address,
     (SELECT group_concat(value, char(10)) FROM json_each(CASE WHEN json_valid(${r}.custom_fields)
       THEN ${r}.custom_fields ELSE '{}' END))), '', '')`;

/**
 * One- and two-character search over more than names (招商 → employer 招商银行, 朝阳 → region 北京市朝阳区, 钓鱼 →
 * a custom field value). The short index is rebuilt with a second column, `field_keys`: the characters and
 * pairs (and words) of employer, region, address and each custom field value, one field a line so that no pair
 * spans two fields. `keys` keeps the name's keys, so a name-only lookup is `keys : "…"`. detail=column: every
 * lookup is one token (a phrase of several tokens is an error here), so positions are not stored.
 *
 * The trigram text gains region and address (without house and room numbers) so that three characters (朝阳区)
 * find what two (朝阳) do.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER customers_short_insert;
    DROP TRIGGER customers_short_delete;
    DROP TRIGGER customers_short_update;
    DROP TABLE customers_short;
    CREATE VIRTUAL TABLE customers_short USING fts5(
      keys, field_keys, content='', contentless_delete=1, tokenize='unicode61', prefix='1 2', detail='column'
    );
    INSERT INTO customers_short(rowid, keys, field_keys) SELECT c.rowid, ${shortIndexColumns('c')} FROM customers c;
    CREATE TRIGGER customers_short_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_short(rowid, keys, field_keys) VALUES (new.rowid, ${shortIndexColumns('new')});
    END;
    CREATE TRIGGER customers_short_delete AFTER DELETE ON customers BEGIN
      DELETE FROM customers_short WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER customers_short_update
    AFTER UPDATE OF name, name_pinyin, name_initials, employer, region, address, custom_fields ON customers BEGIN
      DELETE FROM customers_short WHERE rowid = old.rowid;
      INSERT INTO customers_short(rowid, keys, field_keys) VALUES (new.rowid, ${shortIndexColumns('new')});
    END;
  `);

  // New search text for every row. The trigram index is rebuilt once at the end instead of row by row through
  // customers_fts_update (FTS5 flushes at every trigger's savepoint), which is then put back as it was.
  const trigger = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_update'")
    .pluck()
    .get() as string | undefined;
  if (trigger) db.exec('DROP TRIGGER customers_fts_update');
  const page = db.prepare(
    `SELECT rowid, name, name_pinyin AS full, name_initials AS initials, mobile, phone, id_number AS idNumber,
       employer, email, region, address, custom_fields AS customFields, search_text AS old
     FROM customers WHERE rowid > ? ORDER BY rowid LIMIT 5000`,
  );
  const update = db.prepare('UPDATE customers SET search_text = ? WHERE rowid = ?');
  for (let after = 0; ;) {
    const rows = page.all(after) as StoredRow[];
    if (rows.length === 0) break;
    for (const r of rows) {
      const text = searchText({ ...r, extra: customValues(r.customFields) }, { full: r.full, initials: r.initials });
      if (text !== r.old) update.run(text, r.rowid);
      after = r.rowid;
    }
  }
  db.exec("INSERT INTO customers_fts(customers_fts) VALUES ('rebuild')");
  if (trigger) db.exec(trigger);
}

interface StoredRow {
  readonly rowid: number;
  readonly name: string;
  readonly full: string;
  readonly initials: string;
  readonly mobile: string | null;
  readonly phone: string | null;
  readonly idNumber: string | null;
  readonly employer: string | null;
  readonly email: string | null;
  readonly region: string | null;
  readonly address: string | null;
  readonly customFields: string;
  readonly old: string;
}

/** The values of a stored custom_fields object, as the repository passes them to searchText. */
function customValues(json: string): string[] {
  try {
    const fields = JSON.parse(json) as unknown;
    return fields && typeof fields === 'object' ? Object.values(fields).map((v) => String(v)) : [];
  } catch {
    return []; // malformed: nothing to search
  }
}
