import type { Database } from 'better-sqlite3';

/**
 * Segmentation: each live customer's classes for the period last computed (one row, a column per scheme, with the
 * numbers behind them), every change of a class over time, saved segments (dynamic filters or frozen member lists),
 * and for risk matching a product catalogue (R1–R5) and the customers' risk assessments (C1–C5).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE customer_segments (
      customer_id TEXT PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
      -- The period the classes were computed over (inclusive dates) and when.
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      computed_at TEXT NOT NULL,
      purchases INTEGER NOT NULL,
      amount_cents INTEGER NOT NULL,
      profit_cents INTEGER NOT NULL,
      first_purchase_on TEXT,
      last_purchase_on TEXT,
      -- ABC: rank by the chosen basis (1 = largest), cumulative share in parts per million.
      abc TEXT NOT NULL CHECK (abc IN ('A', 'B', 'C')),
      abc_rank INTEGER,
      abc_cumulative_ppm INTEGER,
      -- RFM: scores 1–5, null when the customer bought nothing in the period (group 'none').
      r_score INTEGER CHECK (r_score BETWEEN 1 AND 5),
      f_score INTEGER CHECK (f_score BETWEEN 1 AND 5),
      m_score INTEGER CHECK (m_score BETWEEN 1 AND 5),
      rfm TEXT NOT NULL,
      frequency TEXT NOT NULL CHECK (frequency IN ('high', 'low', 'zero')),
      value TEXT NOT NULL CHECK (value IN ('core', 'potential', 'general')),
      lifecycle TEXT NOT NULL CHECK (lifecycle IN ('exploration', 'formation', 'stable', 'decline')),
      -- Why: the figures each class was given from (JSON, shown on the customer page).
      reasons TEXT NOT NULL DEFAULT '{}'
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX customer_segments_abc ON customer_segments(abc);
    CREATE INDEX customer_segments_rfm ON customer_segments(rfm);
    CREATE INDEX customer_segments_frequency ON customer_segments(frequency);
    CREATE INDEX customer_segments_value ON customer_segments(value);
    CREATE INDEX customer_segments_lifecycle ON customer_segments(lifecycle);

    -- A class a customer moved out of and into, as of a date (the end of the period computed).
    CREATE TABLE class_changes (
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      scheme TEXT NOT NULL CHECK (scheme IN ('abc', 'rfm', 'frequency', 'value', 'lifecycle', 'risk')),
      changed_on TEXT NOT NULL,
      old_class TEXT,
      new_class TEXT NOT NULL,
      PRIMARY KEY (customer_id, scheme, changed_on)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX class_changes_scheme ON class_changes(scheme, changed_on);

    CREATE TABLE saved_segments (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('dynamic', 'frozen')),
      -- The customer-list filter it was saved from (JSON).
      filter TEXT NOT NULL,
      pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
      frozen_at TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX saved_segments_live_name ON saved_segments(name) WHERE deleted_at IS NULL;

    CREATE TABLE saved_segment_members (
      segment_id TEXT NOT NULL REFERENCES saved_segments(id) ON DELETE CASCADE,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      PRIMARY KEY (segment_id, customer_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX saved_segment_members_customer ON saved_segment_members(customer_id);

    CREATE TABLE products (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      category TEXT,
      -- R1 (lowest) … R5.
      risk_rating INTEGER NOT NULL CHECK (risk_rating BETWEEN 1 AND 5),
      term_days INTEGER CHECK (term_days > 0),
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX products_live_name ON products(name) WHERE deleted_at IS NULL;

    -- A purchase picks a product of the catalogue; bought above the customer's level (or on an expired
    -- assessment) only with a reason, kept here.
    ALTER TABLE transactions ADD COLUMN product_id TEXT REFERENCES products(id);
    ALTER TABLE transactions ADD COLUMN risk_override TEXT;
    CREATE INDEX transactions_product ON transactions(product_id) WHERE product_id IS NOT NULL;

    -- Every assessment is kept; a customer's level is their newest one.
    CREATE TABLE risk_assessments (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      -- C1 (conservative) … C5 (aggressive).
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
      assessed_on TEXT NOT NULL,
      expires_on TEXT NOT NULL,
      notes TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      CHECK (assessed_on < expires_on)
    ) STRICT;
    CREATE INDEX risk_assessments_customer ON risk_assessments(customer_id, assessed_on DESC);
    CREATE INDEX risk_assessments_expiry ON risk_assessments(expires_on);
  `);
}
