import type { Database } from 'better-sqlite3';
import { convertComplaintEntries } from '../../complaints/legacy';

/**
 * Complaints (投诉): one row per complaint worked from receipt to closing, and every change to it (each also a line
 * on the customer's timeline). Settings (categories, root causes, time limits) live in the `settings` table.
 * Complaints logged before as timeline entries of kind `complaint` become complaint records linked to their entry,
 * which stays on the timeline as it was.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE complaints (
      id TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
      received_at TEXT NOT NULL,
      -- The local date of received_at: the period reports count by and the start of the time limit.
      received_on TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'letter', 'online', 'head_office')),
      category TEXT NOT NULL,
      severity TEXT NOT NULL CHECK (severity IN ('low', 'normal', 'high', 'urgent')),
      words TEXT NOT NULL,
      owner_id TEXT NOT NULL REFERENCES staff(id),
      due_on TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
      first_response_at TEXT,
      resolved_at TEXT,
      resolved_on TEXT,
      root_cause TEXT,
      countermeasure TEXT,
      customer_told TEXT,
      follow_up_id TEXT REFERENCES callbacks(id) ON DELETE SET NULL,
      satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
      -- The local date the score was given, and whether it came from the follow-up call (else typed at closing).
      satisfaction_on TEXT,
      satisfaction_from_call INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction_from_call IN (0, 1)),
      closed_at TEXT,
      -- The timeline entry it was received as (an old complaint entry, or the one written when it was logged).
      interaction_id TEXT REFERENCES interactions(id) ON DELETE SET NULL,
      -- Converted from an old timeline entry: a resolved one may lack the root cause nobody recorded then.
      migrated INTEGER NOT NULL DEFAULT 0 CHECK (migrated IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES staff(id),
      CHECK (status IN ('open', 'in_progress') OR migrated = 1
        OR (root_cause IS NOT NULL AND countermeasure IS NOT NULL AND customer_told IS NOT NULL)),
      CHECK (status <> 'closed' OR satisfaction IS NOT NULL OR migrated = 1)
    ) STRICT;
    -- The list pages are read in the order of these indexes (the sort column, then rowid), so a page stops at its
    -- limit without sorting: open ones by due date (also the overdue count), all by due date or by receipt. The
    -- report reads a period by received_on.
    CREATE INDEX complaints_open_due ON complaints(due_on) WHERE status IN ('open', 'in_progress');
    CREATE INDEX complaints_due ON complaints(due_on);
    CREATE INDEX complaints_received_at ON complaints(received_at);
    CREATE INDEX complaints_received_on ON complaints(received_on);
    CREATE INDEX complaints_owner ON complaints(owner_id, due_on);
    CREATE INDEX complaints_category ON complaints(category, due_on);
    CREATE INDEX complaints_customer ON complaints(customer_id, received_at);
    CREATE INDEX complaints_follow_up ON complaints(follow_up_id) WHERE follow_up_id IS NOT NULL;
    CREATE INDEX complaints_satisfaction ON complaints(satisfaction_on) WHERE satisfaction IS NOT NULL;
    -- Deleting a timeline entry finds what points at it.
    CREATE INDEX complaints_interaction ON complaints(interaction_id) WHERE interaction_id IS NOT NULL;

    CREATE TABLE complaint_events (
      id TEXT PRIMARY KEY,
      complaint_id TEXT NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      staff_id TEXT REFERENCES staff(id),
      action TEXT NOT NULL CHECK (action IN ('received', 'updated', 'started', 'resolved', 'closed', 'reopened',
        'reassigned', 'satisfaction')),
      from_status TEXT,
      to_status TEXT,
      note TEXT,
      interaction_id TEXT REFERENCES interactions(id) ON DELETE SET NULL
    ) STRICT;
    CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, at);
    CREATE INDEX complaint_events_interaction ON complaint_events(interaction_id) WHERE interaction_id IS NOT NULL;

    -- Scores of reached call-backs by the day of the call, for the satisfaction report.
    CREATE INDEX callback_attempts_scored ON callback_attempts(on_date, callback_id, satisfaction)
      WHERE satisfaction IS NOT NULL;
  `);
  convertComplaintEntries(db);
}
