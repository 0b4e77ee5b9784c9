import type { Database } from 'better-sqlite3';

/**
 * Call-backs (回访): campaigns, call-backs and their attempts, customer cadences and the holiday calendar.
 * Settings (retry limit, answer categories, tag cadences) live in the existing `settings` table.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE campaigns (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      purpose TEXT NOT NULL CHECK (purpose IN ('periodic_care', 'after_sale', 'complaint_follow_up', 'lapsed_customer',
        'birthday', 'product_maturity', 'custom')),
      priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high')),
      notes TEXT,
      from_on TEXT NOT NULL,
      to_on TEXT NOT NULL,
      per_day_cap INTEGER NOT NULL CHECK (per_day_cap > 0),
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      CHECK (from_on <= to_on)
    ) STRICT;

    CREATE TABLE callbacks (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      -- When to call next: moves with retries and postponements.
      due_on TEXT NOT NULL,
      -- The day it was planned for: moves with postponements only; reports count by it.
      planned_on TEXT NOT NULL,
      window_start TEXT,
      window_end TEXT,
      staff_id TEXT NOT NULL REFERENCES staff(id),
      purpose TEXT NOT NULL CHECK (purpose IN ('periodic_care', 'after_sale', 'complaint_follow_up', 'lapsed_customer',
        'birthday', 'product_maturity', 'custom')),
      priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high')),
      notes TEXT,
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'unreachable', 'cancelled')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      campaign_id TEXT REFERENCES campaigns(id) ON DELETE SET NULL,
      -- The last attempt's outcome; for a done call-back the reaching one.
      outcome TEXT CHECK (outcome IN ('reached', 'not_reached')),
      not_reached_reason TEXT CHECK (not_reached_reason IN ('no_answer', 'busy', 'phone_off', 'suspended',
        'wrong_number', 'refused')),
      answer_category TEXT,
      satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
      last_attempt_at TEXT,
      closed_at TEXT,
      cancelled_reason TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      CHECK ((window_start IS NULL) = (window_end IS NULL)),
      CHECK (state <> 'cancelled' OR cancelled_reason IS NOT NULL)
    ) STRICT;

    -- The work queue, over open call-backs only. callbacks_open_due is keyed in the queue's order (day, priority,
    -- time window), so a page is read in order; the queue counts are range counts over it and over
    -- callbacks_open_staff, which also carries what the report counts of open call-backs.
    CREATE INDEX callbacks_open_due ON callbacks(due_on, (CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END),
      window_start IS NULL, window_start, staff_id) WHERE state = 'open';
    CREATE INDEX callbacks_open_staff ON callbacks(staff_id, due_on, planned_on, attempts) WHERE state = 'open';
    CREATE INDEX callbacks_campaign ON callbacks(campaign_id, state, due_on) WHERE campaign_id IS NOT NULL;
    CREATE INDEX callbacks_customer ON callbacks(customer_id, state);
    -- The report over closed call-backs, in the order it groups by, so it aggregates while reading.
    CREATE INDEX callbacks_report ON callbacks(state, staff_id, not_reached_reason, answer_category, satisfaction,
      planned_on, attempts) WHERE state <> 'open';

    CREATE TABLE callback_attempts (
      id TEXT PRIMARY KEY,
      callback_id TEXT NOT NULL REFERENCES callbacks(id) ON DELETE CASCADE,
      attempt INTEGER NOT NULL CHECK (attempt >= 1),
      at TEXT NOT NULL,
      -- The local date of at.
      on_date TEXT NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      reached INTEGER NOT NULL CHECK (reached IN (0, 1)),
      not_reached_reason TEXT CHECK (not_reached_reason IN ('no_answer', 'busy', 'phone_off', 'suspended',
        'wrong_number', 'refused')),
      answer_category TEXT,
      satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
      notes TEXT,
      interaction_id TEXT REFERENCES interactions(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      CHECK (reached = 1 OR not_reached_reason IS NOT NULL),
      CHECK (reached = 0 OR not_reached_reason IS NULL)
    ) STRICT;
    CREATE INDEX callback_attempts_callback ON callback_attempts(callback_id, attempt);
    -- Unanswered calls are on the timeline but are not "contact" for the cadence.
    CREATE INDEX callback_attempts_interaction ON callback_attempts(interaction_id) WHERE interaction_id IS NOT NULL;

    CREATE TABLE customer_cadences (
      customer_id TEXT PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
      every_n INTEGER NOT NULL CHECK (every_n BETWEEN 1 AND 3650),
      unit TEXT NOT NULL CHECK (unit IN ('days', 'weeks', 'months')),
      mode TEXT NOT NULL CHECK (mode IN ('fixed', 'after_contact')),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id)
    ) STRICT, WITHOUT ROWID;

    -- Days that differ from Monday–Friday: weekday holidays and worked weekend days (调休).
    CREATE TABLE holidays (
      date TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
      name TEXT
    ) STRICT, WITHOUT ROWID;
  `);
}
