import type { Database } from 'better-sqlite3';

/**
 * A second search index for one- and two-character input (张三, 阳明, zs): name characters and pairs,
 * name words, full pinyin and initials as whole tokens, with prefix indexes for 1–2 letter prefixes.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE customers_short USING fts5(keys, content='', contentless_delete=1, tokenize='unicode61', prefix='1 2');
    INSERT INTO customers_short(rowid, keys)
      SELECT rowid, dossier_short_keys(name, name_pinyin, name_initials) FROM customers;
    CREATE TRIGGER customers_short_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_short(rowid, keys) VALUES (new.rowid, dossier_short_keys(new.name, new.name_pinyin, new.name_initials));
    END;
    CREATE TRIGGER customers_short_delete AFTER DELETE ON customers BEGIN
      DELETE FROM customers_short WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER customers_short_update AFTER UPDATE OF name, name_pinyin, name_initials ON customers BEGIN
      DELETE FROM customers_short WHERE rowid = old.rowid;
      INSERT INTO customers_short(rowid, keys) VALUES (new.rowid, dossier_short_keys(new.name, new.name_pinyin, new.name_initials));
    END;
  `);
}
