/** Report drafts: the judgement sections of a customer analysis report, saved as versions and marked reviewed. */
import type { z } from 'zod';
import type { draftTexts } from '../../../shared/reports/schemas';
import type { DraftStatus, ReportDraft, ReportDraftSummary } from '../../../shared/reports/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';

interface Row {
  readonly id: string;
  readonly customer_id: string;
  readonly version: number;
  readonly purpose: string;
  readonly analysis: string;
  readonly assessment: string;
  readonly revision: string;
  readonly status: DraftStatus;
  readonly created_at: string;
  readonly created_by: string | null;
  readonly prepared_name: string | null;
  readonly reviewed_at: string | null;
  readonly reviewed_by: string | null;
  readonly reviewed_name: string | null;
}

const SELECT = `SELECT d.*, p.name AS prepared_name, r.name AS reviewed_name FROM report_drafts d
  LEFT JOIN staff p ON p.id = d.created_by LEFT JOIN staff r ON r.id = d.reviewed_by`;

function toDraft(row: Row): ReportDraft {
  return {
    id: row.id,
    customerId: row.customer_id,
    version: row.version,
    texts: { purpose: row.purpose, analysis: row.analysis, assessment: row.assessment, revision: row.revision },
    status: row.status,
    preparedBy: row.created_by,
    preparedByName: row.prepared_name,
    reviewedBy: row.reviewed_by,
    reviewedByName: row.reviewed_name,
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
  };
}

const notFound = (id: string) =>
  new DossierError({
    code: 'not_found',
    message: `No report draft with id ${id}`,
    issues: [{ path: 'id', code: 'reports.draftNotFound' }],
    details: { id },
  });

export function getDraft(db: Db, id: string): ReportDraft {
  const row = stmt(db, `${SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound(id);
  return toDraft(row);
}

/** The newest version of a customer's draft, or null when none was saved. */
export function latestDraft(db: Db, customerId: string): ReportDraft | null {
  const row = stmt(db, `${SELECT} WHERE d.customer_id = ? ORDER BY d.version DESC LIMIT 1`).get(customerId) as
    Row | undefined;
  return row ? toDraft(row) : null;
}

export function listDrafts(db: Db, customerId: string): ReportDraftSummary[] {
  const rows = stmt(db, `${SELECT} WHERE d.customer_id = ? ORDER BY d.version DESC`).all(customerId) as Row[];
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    preparedByName: row.prepared_name,
    reviewedByName: row.reviewed_name,
    createdAt: row.created_at,
  }));
}

function assertCustomer(db: Db, customerId: string): void {
  if (!stmt(db, 'SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL').get(customerId))
    throw new DossierError({
      code: 'not_found',
      message: `No customer with id ${customerId}`,
      details: { id: customerId },
    });
}

/** Saves the texts as the customer's next version (a draft), audited. */
export function saveDraft(
  db: Db,
  customerId: string,
  texts: z.output<typeof draftTexts>,
  actor: string | null,
): ReportDraft {
  const id = uuidv7();
  db.transaction(() => {
    assertCustomer(db, customerId);
    const { next } = stmt(
      db,
      'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM report_drafts WHERE customer_id = ?',
    ).get(customerId) as { next: number };
    stmt(
      db,
      `INSERT INTO report_drafts (id, customer_id, version, purpose, analysis, assessment, revision, status,
        created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
    ).run(id, customerId, next, texts.purpose, texts.analysis, texts.assessment, texts.revision, nowIso(), actor);
    audit(db, {
      entity: 'reportDraft',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: { customerId, version: next, ...texts },
    });
  })();
  return getDraft(db, id);
}

/** Marks a version reviewed by `actor` now; a version is reviewed once. */
export function reviewDraft(db: Db, id: string, actor: string): ReportDraft {
  db.transaction(() => {
    const before = getDraft(db, id);
    if (before.status === 'reviewed')
      throw new DossierError({
        code: 'conflict',
        message: `Report draft ${id} is already reviewed`,
        issues: [{ path: 'id', code: 'reports.alreadyReviewed' }],
      });
    const at = nowIso();
    stmt(db, "UPDATE report_drafts SET status = 'reviewed', reviewed_at = ?, reviewed_by = ? WHERE id = ?").run(
      at,
      actor,
      id,
    );
    audit(db, {
      entity: 'reportDraft',
      entityId: id,
      action: 'update',
      staffId: actor,
      changes: { status: ['draft', 'reviewed'], reviewedBy: [null, actor], reviewedAt: [null, at] },
    });
  })();
  return getDraft(db, id);
}
