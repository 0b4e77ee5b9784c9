/**
 * The risk lists: purchases above what the customer's assessment allowed on their day (with the reason given for
 * going on), and customers whose newest assessment has expired or expires within 30 days (a call list).
 */
import { EXPIRING_DAYS, addDays } from '../../../shared/risk/matching';
import type { Page } from '../../../shared/records';
import type { DuePage, DueAssessment, RiskMismatch } from '../../../shared/risk/types';
import { localDate } from '../../../shared/rules/calendar';
import type { z } from 'zod';
import type { dueInput, mismatchesInput } from '../../../shared/risk/schemas';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

/**
 * Each live purchase of a product rated above R1 with the assessment in effect on its day (the newest made on or
 * before it), kept when the rating is above that level, or the assessment had expired, or there was none.
 */
const MISMATCHES = `
  WITH rated AS (
    SELECT t.id, t.customer_id, t.occurred_on, t.product, t.amount_cents, t.risk_override, p.risk_rating,
      (SELECT a.id FROM risk_assessments a WHERE a.customer_id = t.customer_id AND a.assessed_on <= t.occurred_on
       ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1) AS assessment_id
    FROM transactions t JOIN products p ON p.id = t.product_id
    WHERE t.deleted_at IS NULL AND t.product_id IS NOT NULL AND p.risk_rating > 1
  )
  SELECT r.id AS purchaseId, r.customer_id AS customerId, c.name AS customerName, r.occurred_on AS occurredOn,
    r.product, r.risk_rating AS rating, a.level, a.expires_on AS expiresOn, r.amount_cents AS amountCents,
    r.risk_override AS override,
    CASE WHEN a.id IS NULL THEN 'risk.unassessed' WHEN a.expires_on <= r.occurred_on THEN 'risk.expired'
      ELSE 'risk.unsuitable' END AS code
  FROM rated r JOIN customers c ON c.id = r.customer_id AND c.deleted_at IS NULL LEFT JOIN risk_assessments a ON a.id = r.assessment_id
  WHERE a.id IS NULL OR a.expires_on <= r.occurred_on OR r.risk_rating > a.level`;

export function riskMismatches(db: Db, query: z.output<typeof mismatchesInput>): Page<RiskMismatch> {
  const rows = stmt(db, `${MISMATCHES} ORDER BY r.occurred_on DESC, r.id DESC LIMIT ? OFFSET ?`).all(
    query.limit,
    query.offset,
  ) as RiskMismatch[];
  const { n } = stmt(db, `SELECT count(*) AS n FROM (${MISMATCHES})`).get() as { n: number };
  return { rows, total: n };
}

/** Each live customer's newest assessment, when it expires in [from, to) (from null: any time before `to`). */
const DUE = `
  WITH newest AS (
    SELECT a.customer_id, a.level, a.assessed_on, a.expires_on,
      row_number() OVER (PARTITION BY a.customer_id ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) AS n
    FROM risk_assessments a
  )
  SELECT c.id AS customerId, c.name AS customerName, c.mobile, s.name AS ownerName, w.level,
    w.assessed_on AS assessedOn, w.expires_on AS expiresOn
  FROM newest w JOIN customers c ON c.id = w.customer_id AND c.deleted_at IS NULL
  LEFT JOIN staff s ON s.id = c.owner_id
  WHERE w.n = 1 AND (? IS NULL OR w.expires_on > ?) AND w.expires_on <= ?
  ORDER BY w.expires_on, c.name, c.id`;

export function dueAssessments(db: Db, query: z.output<typeof dueInput>): DuePage {
  const today = query.today ?? localDate();
  // Expired: on or before today. Expiring: after today, within the next 30 days.
  const from = query.list === 'expired' ? null : today;
  const to = query.list === 'expired' ? today : addDays(today, EXPIRING_DAYS);
  const all = stmt(db, DUE).all(from, from, to) as DueAssessment[];
  return {
    rows: all.slice(query.offset, query.offset + query.limit),
    total: all.length,
    customerIds: all.map((r) => r.customerId),
  };
}
