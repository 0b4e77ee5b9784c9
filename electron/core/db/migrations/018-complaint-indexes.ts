import type { Database } from 'better-sqlite3';

/**
 * Indexes for the complaints page and the complaint analysis.
 *
 * - The page sorted by severity within one category: the index holds the list's severity order (the same
 *   expression as its sort, then rowid), so a page is read in order and stops at the page instead of sorting every
 *   complaint of the category.
 * - The analysis counts the period's complaints by owner, category, channel, severity, month, status and root cause
 *   (GROUP BY): the period index carries those columns, so the counts read the index alone, not the complaints.
 * - Its satisfaction figures find each scored call's complaint (follow-up) for its owner and category: an index
 *   carrying both answers without reading the complaint.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX complaints_category_severity ON complaints(category,
      (CASE severity WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END));
    CREATE INDEX complaints_period ON complaints(received_on, owner_id, category, channel, severity, status, due_on,
      resolved_at, root_cause, customer_id);
    CREATE INDEX complaints_follow_up_scored ON complaints(follow_up_id, owner_id, category)
      WHERE follow_up_id IS NOT NULL;
  `);
}
