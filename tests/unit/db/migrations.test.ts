import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { registerFunctions } from '../../../electron/core/search/functions';
import { searchCustomers } from '../../../electron/core/search/search';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { up as addIdTypes } from '../../../electron/core/db/migrations/009-id-types';
import * as campaignCancel from '../../../electron/core/db/migrations/012-campaign-cancel';
import { undoImport } from '../../../electron/core/import/batches';
import { DossierError } from '../../../shared/result';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('migrations', () => {
  it('001 creates strict tables with foreign keys and a trigram search index', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const name of ['staff', 'customers', 'contacts', 'interactions', 'customer_tags', 'audit_log', 'settings'])
      expect(tables.find((t) => t.name === name)?.sql).toMatch(/STRICT/);
    // STRICT refuses a text where an integer belongs.
    db.prepare("INSERT INTO staff (id, name, created_at, updated_at) VALUES ('s1', '王丽', 'x', 'x')").run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO customers (id, kind, name, headcount, created_at, updated_at) VALUES ('c1', 'company', '恒达', 'many', 'x', 'x')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.prepare(
      "INSERT INTO customers (id, kind, name, search_text, created_at, updated_at) VALUES ('c2', 'person', '欧阳明', '欧阳明\nouyangming\noym', 'x', 'x')",
    ).run();
    const hit = db.prepare('SELECT rowid FROM customers_fts WHERE customers_fts MATCH \'"阳明"\'').all();
    expect(hit).toHaveLength(0); // two characters are below the trigram size…
    expect(db.prepare('SELECT rowid FROM customers_fts WHERE customers_fts MATCH \'"欧阳明"\'').all()).toHaveLength(1);
    expect(db.prepare('SELECT rowid FROM customers_fts WHERE customers_fts MATCH \'"yangm"\'').all()).toHaveLength(1);
  });

  it('002 adds custom fields to existing customers, import batches and transactions', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO staff (id, name, created_at, updated_at) VALUES ('s1', '王丽', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO customers (id, kind, name, mobile, created_at, updated_at) VALUES ('c1', 'person', '张三', '13800138000', 'x', 'x')",
    ).run();
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT name, mobile, custom_fields AS f FROM customers WHERE id = 'c1'").get()).toEqual({
      name: '张三',
      mobile: '13800138000',
      f: '{}',
    });
    db.prepare(
      "INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, created_at, updated_at) VALUES ('t1', 'c1', '2026-05-01', '理财', 5000000, 'x', 'x')",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, created_at, updated_at) VALUES ('t2', 'nobody', '2026-05-01', '理财', 1, 'x', 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, created_at, updated_at) VALUES ('t3', 'c1', '2026-05-01', '理财', '五万', 'x', 'x')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    for (const table of ['import_batches', 'import_batch_items', 'import_mappings'])
      expect(db.prepare('SELECT count(*) AS n FROM sqlite_master WHERE name = ?').get(table)).toEqual({ n: 1 });
  });

  it('003 indexes existing names for one- and two-character search', () => {
    const db = new Database(':memory:');
    registerFunctions(db);
    migrate(db, 2);
    db.prepare(
      "INSERT INTO customers (id, kind, name, name_pinyin, name_initials, created_at, updated_at) VALUES ('c1', 'person', '欧阳明华', 'ouyangminghua', 'oymh', 'x', 'x')",
    ).run();
    migrate(db, 3);
    const find = (q: string) =>
      db.prepare('SELECT rowid FROM customers_short WHERE customers_short MATCH ?').all(q).length;
    expect(find('"阳明"')).toBe(1);
    expect(find('"欧"')).toBe(1);
    expect(find('"oy"*')).toBe(1);
    expect(find('"明欧"')).toBe(0);
    db.prepare("UPDATE customers SET name = '李娜', name_pinyin = 'lina', name_initials = 'ln' WHERE id = 'c1'").run();
    expect(find('"阳明"')).toBe(0);
    expect(find('"ln"*')).toBe(1);
    db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
    expect(find('"ln"*')).toBe(0);
  });

  it('004 adds call-backs to a database with customers, keeping them and holding their call-backs to the rules', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    registerFunctions(db);
    migrate(db, 3);
    db.prepare("INSERT INTO staff (id, name, created_at, updated_at) VALUES ('s1', '王丽', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO customers (id, kind, name, mobile, created_at, updated_at) VALUES ('c1', 'person', '张三', '13800138000', 'x', 'x')",
    ).run();
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare("SELECT name, mobile FROM customers WHERE id = 'c1'").get()).toEqual({
      name: '张三',
      mobile: '13800138000',
    });
    const insert = db.prepare(
      `INSERT INTO callbacks (id, customer_id, due_on, planned_on, staff_id, purpose, priority, state, cancelled_reason,
         created_at, updated_at) VALUES (?, ?, '2026-05-06', '2026-05-06', 's1', 'periodic_care', 'normal', ?, ?, 'x', 'x')`,
    );
    insert.run('cb1', 'c1', 'open', null);
    expect(() => insert.run('cb2', 'nobody', 'open', null)).toThrow(/FOREIGN KEY/);
    // A cancelled call-back must say why.
    expect(() => insert.run('cb3', 'c1', 'cancelled', null)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO callback_attempts (id, callback_id, attempt, at, on_date, reached, created_at) VALUES ('a1', 'cb1', 1, 'x', '2026-05-06', 0, 'x')",
        )
        .run(),
    ).toThrow(/CHECK/); // an unanswered attempt needs its reason
    for (const table of ['campaigns', 'callbacks', 'callback_attempts', 'customer_cadences', 'holidays'])
      expect(
        (db.prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?').get('table', table) as { sql: string })
          .sql,
      ).toMatch(/STRICT/);
  });

  it('005 indexes employer, region, address and custom fields of existing customers for short search', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    registerFunctions(db);
    migrate(db, 4);
    const insert = db.prepare(
      `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, employer, region, address, custom_fields,
         search_text, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')`,
    );
    insert.run(
      'c1',
      '欧阳明华',
      'ouyangminghua',
      'oymh',
      '招商银行',
      '北京市朝阳区',
      '北京市朝阳区建国路88号',
      '{}',
      '欧阳明华\nouyangminghua\noymh\n招商银行',
    );
    insert.run('c2', '李娜', 'lina', 'ln', null, null, null, '{"爱好":"钓鱼"}', '李娜\nlina\nln\n钓鱼');
    insert.run('c3', '招商局集团', 'zhaoshangjujituan', 'zsjjt', null, '深圳市', null, 'not json', '招商局集团');
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);
    const ids = (q: string) => searchCustomers(db, q, 10).map((h) => h.id);
    expect(ids('招商')).toEqual(['c3', 'c1']); // the name first, then the employer
    expect(ids('朝阳')).toEqual(['c1']);
    expect(ids('朝阳区')).toEqual(['c1']); // region and address are now in the trigram text too
    expect(ids('建国路')).toEqual(['c1']);
    expect(ids('钓鱼')).toEqual(['c2']);
    expect(ids('阳明')).toEqual(['c1']); // names as before
    expect(ids('ln')).toEqual(['c2']);
    expect(ids('路88号')).toEqual([]); // house numbers are not search text
    const { text } = db.prepare("SELECT search_text AS text FROM customers WHERE id = 'c1'").get() as { text: string };
    expect(text.split('\n')).toEqual([
      '欧阳明华',
      'ouyangminghua',
      'oymh',
      '招商银行',
      '北京市朝阳区',
      '北京市朝阳区建国路 号',
    ]);
    // The triggers keep both indexes in step from now on.
    for (const name of [
      'customers_fts_update',
      'customers_short_insert',
      'customers_short_update',
      'customers_short_delete',
    ])
      expect(
        db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name),
      ).toEqual({ n: 1 });
    db.prepare("UPDATE customers SET employer = '建设银行', region = NULL WHERE id = 'c1'").run();
    expect(ids('招商')).toEqual(['c3']);
    expect(ids('建设')).toEqual(['c1']);
    db.prepare("DELETE FROM customers WHERE id = 'c2'").run();
    expect(ids('钓鱼')).toEqual([]);
    expect(
      db.prepare('SELECT count(*) AS n FROM customers_short WHERE customers_short MATCH \'"钓鱼"\'').get(),
    ).toEqual({ n: 0 });
  });

  it('006 rebuilds the short index without prefix indexes, finding what it found before', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    registerFunctions(db);
    migrate(db, 5);
    const insert = db.prepare(
      `INSERT INTO customers (id, kind, name, name_pinyin, name_initials, employer, region, custom_fields,
         search_text, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?, ?, ?, ?, 'x', 'x')`,
    );
    insert.run('c1', '欧阳明华', 'ouyangminghua', 'oymh', '招商银行', '北京市朝阳区', '{}', '欧阳明华');
    insert.run('c2', 'Lina Zhou', 'linazhou', 'lz', 'HSBC', null, '{"爱好":"钓鱼"}', 'lina zhou');
    const ids = (q: string) => searchCustomers(db, q, 10).map((h) => h.id);
    const match = (q: string) =>
      db
        .prepare('SELECT rowid FROM customers_short WHERE customers_short MATCH ? ORDER BY rowid')
        .pluck()
        .all(q) as number[];
    const letters = ['o', 'oy', 'zh', 'l', 'lz', 'li', 'h', 'hs'];
    const cjk = ['阳明', '欧', '招商', '朝阳', '钓鱼'];
    // Before: letters through the prefix indexes; after: as tokens of their own.
    const before = [...letters.map((p) => match(`keys : "${p}"*`)), ...cjk.map((t) => match(`"${t}"`))];
    migrate(db, 6);
    expect(schemaVersion(db)).toBe(6);
    expect(
      db.prepare("SELECT sql FROM sqlite_master WHERE name = 'customers_short'").pluck().get() as string,
    ).not.toMatch(/prefix/);
    expect([...letters.map((p) => match(`keys : "${p}"`)), ...cjk.map((t) => match(`"${t}"`))]).toEqual(before);
    expect([...letters, ...cjk].map(ids)).toEqual([
      ['c1'],
      ['c1'],
      ['c2'],
      ['c2'],
      ['c2'],
      ['c2'],
      [],
      [],
      ['c1'],
      ['c1'],
      ['c1'],
      ['c1'],
      ['c2'],
    ]);
    // The triggers write the new keys from now on.
    db.prepare("UPDATE customers SET name = '李娜', name_pinyin = 'lina', name_initials = 'ln' WHERE id = 'c1'").run();
    expect(ids('ln')).toEqual(['c1']);
    expect(ids('oy')).toEqual([]);
    db.prepare("DELETE FROM customers WHERE id = 'c2'").run();
    expect(ids('钓鱼')).toEqual([]);
    db.exec("INSERT INTO customers_short(customers_short) VALUES ('integrity-check')");
  });

  it('007 lets every foreign key find its rows by index, so deleting customers does not scan whole tables', () => {
    const db = openDatabase(':memory:');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    const unindexed: string[] = [];
    let checked = 0;
    for (const table of tables) {
      const keys = db
        .prepare(`SELECT "from" AS col, on_delete AS onDelete FROM pragma_foreign_key_list(?)`)
        .all(table) as {
        col: string;
        onDelete: string;
      }[];
      for (const { col, onDelete } of keys) {
        // A delete of the parent looks up its children: cascades and SET NULL act on them, the rest must find none.
        if (onDelete !== 'CASCADE' && onDelete !== 'SET NULL') continue;
        checked++;
        const plan = (
          db.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM ${table} WHERE ${col} = ?`).all('x') as {
            detail: string;
          }[]
        ).map((p) => p.detail);
        if (!plan.some((d) => /USING (COVERING )?INDEX|USING PRIMARY KEY/.test(d)))
          unindexed.push(`${table}.${col}: ${plan.join('; ')}`);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    expect(unindexed).toEqual([]);
  });

  it('008 records the staff an import adds; batches from before it undo as they did', () => {
    const db = new Database(':memory:');
    registerFunctions(db);
    migrate(db, 7);
    db.prepare(
      `INSERT INTO import_batches (id, target, file_name, sheet, policy, created, updated, skipped, rejected, staff_id,
         started_at, finished_at) VALUES ('b1', 'customers', '名单.csv', NULL, 'skip', 0, 0, 0, 0, NULL, 'x', 'x')`,
    ).run();
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT created_staff AS s FROM import_batches WHERE id = 'b1'").get()).toEqual({ s: '[]' });
    expect(undoImport(db, 'b1', null)).toEqual({ removed: 0, restored: 0, kept: 0 });
  });

  it('009 gives stored ID numbers their document: a person’s resident ID, a company’s credit code', () => {
    const version = MIGRATIONS.findIndex((m) => m.up === addIdTypes) + 1;
    const db = new Database(':memory:');
    registerFunctions(db);
    migrate(db, version - 1);
    const insert = db.prepare(
      `INSERT INTO customers (id, kind, name, id_number, name_pinyin, name_initials, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', '', 'x', 'x')`,
    );
    insert.run('p1', 'person', '张伟', '11010519491231002X');
    insert.run('c1', 'company', '福州恒达机械有限公司', '91350100M000100Y43');
    insert.run('p2', 'person', 'Sheryl Baxter', null);
    migrate(db, version);
    expect(db.prepare('SELECT id, id_type AS idType FROM customers ORDER BY id').all()).toEqual([
      { id: 'c1', idType: 'creditCode' },
      { id: 'p1', idType: 'residentId' },
      { id: 'p2', idType: null },
    ]);
    expect(() => db.prepare("UPDATE customers SET id_type = 'driving' WHERE id = 'p1'").run()).toThrow(/CHECK/);
  });

  it('campaign-cancel lets a campaign be cancelled; campaigns from before it are running', () => {
    const db = new Database(':memory:');
    registerFunctions(db);
    const version = MIGRATIONS.findIndex((m) => m.up === campaignCancel.up) + 1;
    migrate(db, version - 1);
    db.prepare(
      `INSERT INTO campaigns (id, name, purpose, priority, from_on, to_on, per_day_cap, created_at, updated_at)
       VALUES ('cp1', '停订客户回访', 'lapsed_customer', 'normal', '2025-06-02', '2025-06-13', 10, 'x', 'x')`,
    ).run();
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name, cancelled_at AS c FROM campaigns WHERE id = 'cp1'").get()).toEqual({
      name: '停订客户回访',
      c: null,
    });
  });

  it('is idempotent and records the version', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('refuses a database written by a newer version, with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-mig-'));
    const path = join(dir, 'future.db');
    const future = new Database(path);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.close();
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DossierError);
    expect((caught as DossierError).code).toBe('db_too_new');
    expect((caught as DossierError).message).toMatch(/newer Dossier/);
  });

  it('refuses a file that is not a database without touching it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-mig-'));
    const path = join(dir, 'notes.db');
    writeFileSync(path, '姓名,手机\n张三,13800138000\n'.repeat(200));
    expect(() => openDatabase(path)).toThrow(DossierError);
  });
});
