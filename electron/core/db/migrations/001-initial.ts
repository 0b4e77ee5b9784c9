import type { Database } from 'better-sqlite3';

/** Staff, customers (person or company), contacts, interactions, tags, search index, audit, settings. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE staff (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE customers (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
      name TEXT NOT NULL,
      gender TEXT CHECK (gender IN ('male', 'female', 'unknown')),
      birth_date TEXT,
      mobile TEXT,
      phone TEXT,
      email TEXT,
      address TEXT,
      region TEXT,
      employer TEXT,
      position TEXT,
      nationality TEXT,
      marital_status TEXT,
      source TEXT,
      id_number TEXT,
      industry TEXT,
      headcount INTEGER,
      owner_id TEXT REFERENCES staff(id),
      notes TEXT,
      tags TEXT NOT NULL DEFAULT '[]',
      name_pinyin TEXT NOT NULL DEFAULT '',
      name_initials TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      deleted_at TEXT,
      deleted_by TEXT REFERENCES staff(id)
    ) STRICT;

    CREATE INDEX customers_mobile ON customers(mobile) WHERE mobile IS NOT NULL;
    CREATE INDEX customers_id_number ON customers(id_number) WHERE id_number IS NOT NULL;
    CREATE INDEX customers_name_employer ON customers(name, employer);
    CREATE INDEX customers_live_pinyin ON customers(name_pinyin, name) WHERE deleted_at IS NULL;
    CREATE INDEX customers_live_created ON customers(created_at) WHERE deleted_at IS NULL;
    CREATE INDEX customers_live_updated ON customers(updated_at) WHERE deleted_at IS NULL;
    CREATE INDEX customers_live_region ON customers(region, name_pinyin) WHERE deleted_at IS NULL;
    CREATE INDEX customers_live_owner ON customers(owner_id, name_pinyin) WHERE deleted_at IS NULL;
    CREATE INDEX customers_deleted ON customers(deleted_at) WHERE deleted_at IS NOT NULL;

    CREATE TABLE customer_tags (
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (customer_id, tag)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX customer_tags_tag ON customer_tags(tag, customer_id);

    -- Trigram index over name, pinyin, phones, ID, employer, email: CJK substrings work.
    CREATE VIRTUAL TABLE customers_fts USING fts5(
      search_text, content='customers', content_rowid='rowid', tokenize='trigram'
    );
    CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
    END;
    CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
      INSERT INTO customers_fts(customers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    END;
    CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN
      INSERT INTO customers_fts(customers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO customers_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
    END;

    CREATE TABLE contacts (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      title TEXT,
      role TEXT NOT NULL CHECK (role IN ('decision_maker', 'delegated_decision_maker', 'influencer', 'other')),
      mobile TEXT,
      email TEXT,
      notes TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX contacts_customer ON contacts(customer_id) WHERE deleted_at IS NULL;

    CREATE TABLE interactions (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'meeting', 'email', 'note', 'complaint')),
      occurred_at TEXT NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      summary TEXT NOT NULL,
      outcome TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at DESC) WHERE deleted_at IS NULL;

    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      staff_id TEXT,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      action TEXT NOT NULL,
      changes TEXT
    ) STRICT;
    CREATE INDEX audit_entity ON audit_log(entity, entity_id, seq);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
