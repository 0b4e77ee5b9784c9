/**
 * The risk lists: purchases above what the customer's assessment allowed on their day (with the reason given for
 * going on), and customers whose newest assessment has expired or expires within 30 days (a call list).
 */
import {
  EXPIRING_DAYS,
  addDays,
  standingOn,
  suitability,
  type RiskGrade,
  type Standing,
  type Suitability,
} from '../../../shared/risk/matching';
import type { Page } from '../../../shared/records';
import type { DuePage, DueAssessment, RiskMismatch } from '../../../shared/risk/types';
import { localDate } from '../../../shared/rules/calendar';
import type { z } from 'zod';
import type { dueInput, mismatchesInput } from '../../../shared/risk/schemas';
import { scopeCondition } from '../auth/scope';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';

/** Live purchases of a catalogue product: only those rated above R1 can be unsuitable. */
const LINKED_PURCHASES = `SELECT id, customer_id, occurred_on, product, amount_cents, risk_override, product_id
  FROM transactions WHERE product_id IS NOT NULL AND deleted_at IS NULL`;

type LinkedRow = [string, string, string, string, number, string | null, string];
type Dated = Standing & { readonly id: string };

/** Every assessment by customer, for standingOn. */
function assessmentsByCustomer(db: Db): Map<string, Dated[]> {
  const byCustomer = new Map<string, Dated[]>();
  const rows = stmt(db, 'SELECT customer_id, level, assessed_on, expires_on, id FROM risk_assessments')
    .raw()
    .iterate() as IterableIterator<[string, RiskGrade, string, string, string]>;
  for (const [customerId, level, assessedOn, expiresOn, id] of rows) {
    let list = byCustomer.get(customerId);
    if (!list) byCustomer.set(customerId, (list = []));
    list.push({ level, assessedOn, expiresOn, id });
  }
  return byCustomer;
}

/**
 * Purchases rated above what the assessment in effect on their day allowed (or on an expired one, or none), judged
 * by the same rule as a purchase being saved (`suitability`), newest first. Mismatches are few: every rated purchase
 * is read once, only the mismatched ones are kept.
 */
export function riskMismatches(db: Db, query: z.output<typeof mismatchesInput>): Page<RiskMismatch> {
  const ratings = new Map(
    (stmt(db, 'SELECT id, risk_rating AS rating FROM products').all() as { id: string; rating: number }[]).map((p) => [
      p.id,
      p.rating,
    ]),
  );
  // Customers in the recycle bin, and for staff (sign-in on) those of other staff (auth/scope.ts), are left out.
  const scope = scopeCondition();
  const gone = new Set(
    stmt(db, `SELECT id FROM customers c WHERE c.deleted_at IS NOT NULL OR NOT ${scope.sql}`)
      .pluck()
      .all(...scope.params) as string[],
  );
  const assessments = assessmentsByCustomer(db);
  const found: { row: LinkedRow; rating: number; verdict: Exclude<Suitability, { ok: true }> }[] = [];
  for (const row of stmt(db, LINKED_PURCHASES).raw().iterate() as IterableIterator<LinkedRow>) {
    const [, customerId, occurredOn, , , , productId] = row;
    const rating = ratings.get(productId) ?? 1;
    if (rating <= 1 || gone.has(customerId)) continue;
    const verdict = suitability(rating, standingOn(assessments.get(customerId) ?? [], occurredOn), occurredOn);
    if (!verdict.ok) found.push({ row, rating, verdict });
  }
  found.sort((a, b) => b.row[2].localeCompare(a.row[2]) || b.row[0].localeCompare(a.row[0]));
  const page = found.slice(query.offset, query.offset + query.limit);
  const names = new Map(
    (
      stmt(db, 'SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(page.map((m) => m.row[1])),
      ) as { id: string; name: string }[]
    ).map((c) => [c.id, c.name]),
  );
  return {
    total: found.length,
    rows: page.map(
      ({ row: [purchaseId, customerId, occurredOn, product, amountCents, override], rating, verdict }) => ({
        purchaseId,
        customerId,
        customerName: names.get(customerId) ?? '',
        occurredOn,
        product,
        rating,
        level: verdict.level,
        expiresOn: verdict.expiresOn,
        code: verdict.code,
        amountCents,
        override,
      }),
    ),
  };
}

/**
 * Each live customer's newest assessment, when it expires in [from, to) (from null: any time before `to`); for staff
 * (sign-in on) their own and unassigned customers' only (`scope`, auth/scope.ts).
 */
const due = (scope: string): string => `
  WITH newest AS (
    SELECT a.customer_id, a.level, a.assessed_on, a.expires_on,
      row_number() OVER (PARTITION BY a.customer_id ORDER BY a.assessed_on DESC, a.id DESC) AS n
    FROM risk_assessments a
  )
  SELECT c.id AS customerId, c.name AS customerName, c.mobile, s.name AS ownerName, w.level,
    w.assessed_on AS assessedOn, w.expires_on AS expiresOn
  FROM newest w JOIN customers c ON c.id = w.customer_id AND c.deleted_at IS NULL
  LEFT JOIN staff s ON s.id = c.owner_id
  WHERE w.n = 1 AND (? IS NULL OR w.expires_on > ?) AND w.expires_on <= ? AND ${scope}
  ORDER BY w.expires_on, c.name, c.id`;

export function dueAssessments(db: Db, query: z.output<typeof dueInput>): DuePage {
  const today = query.today ?? localDate();
  // Expired: on or before today. Expiring: after today, within the next 30 days.
  const from = query.list === 'expired' ? null : today;
  const to = query.list === 'expired' ? today : addDays(today, EXPIRING_DAYS);
  const scope = scopeCondition();
  const all = stmt(db, due(scope.sql)).all(from, from, to, ...scope.params) as DueAssessment[];
  return {
    rows: all.slice(query.offset, query.offset + query.limit),
    total: all.length,
    customerIds: all.map((r) => r.customerId),
  };
}
