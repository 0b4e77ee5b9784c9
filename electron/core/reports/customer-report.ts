/**
 * The figures of a customer analysis report (客户分析报告), read from the database: the dossier, the relationship
 * (first contact, purchases by month for each year, visits), the business (products, amounts, profit, average order,
 * payment channels), the classes with their reasons, call-backs, complaints and the saved judgement texts.
 */
import type { CategoryLabels } from '../../../shared/hq/types';
import { categoryLabels } from '../hq/reference';
import type { Contact } from '../../../shared/contacts/types';
import type { Customer } from '../../../shared/customers/types';
import type { ReportDraft } from '../../../shared/reports/types';
import type { CustomerSegments } from '../../../shared/segments/types';
import { listContacts } from '../contacts/contacts';
import { getCustomer } from '../customers/records';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { customerSegments } from '../segments/customer';
import { getDraft, latestDraft } from './drafts';
import { DossierError } from '../../../shared/result';

/** Call-backs, complaints and visits listed in the report; older ones are counted, not listed. */
export const LISTED_ROWS = 20;

interface YearMonths {
  readonly year: number;
  /** Amount per month, January first, in fen. */
  readonly months: readonly number[];
  readonly totalCents: number;
  readonly purchases: number;
}

interface ProductLine {
  readonly product: string;
  readonly purchases: number;
  readonly amountCents: number;
  /** Null when no purchase of it has a recorded profit. */
  readonly profitCents: number | null;
}

interface ReportInteraction {
  readonly occurredAt: string;
  readonly kind: string;
  readonly staffName: string | null;
  readonly summary: string;
}

interface ReportCallback {
  readonly dueOn: string;
  readonly purpose: string;
  readonly state: string;
  readonly notReachedReason: string | null;
  readonly satisfaction: number | null;
  readonly staffName: string | null;
  readonly notes: string | null;
}

interface ReportComplaint {
  readonly receivedOn: string;
  readonly category: string;
  readonly status: string;
  readonly words: string;
  readonly countermeasure: string | null;
}

export interface CustomerReportData {
  readonly customer: Customer;
  readonly contacts: readonly Contact[];
  /** The earliest of the customer's creation, first interaction and first purchase (YYYY-MM-DD). */
  readonly firstContactOn: string;
  readonly firstPurchaseOn: string | null;
  readonly lastPurchaseOn: string | null;
  readonly purchases: number;
  readonly amountCents: number;
  /** Null when no purchase has a recorded profit. */
  readonly profitCents: number | null;
  /** Amount / purchases, rounded to the fen; null without purchases. */
  readonly averageOrderCents: number | null;
  /** Every year from the first purchase to the last, years without purchases included. */
  readonly byYear: readonly YearMonths[];
  /** Largest amount first. */
  readonly products: readonly ProductLine[];
  readonly channels: readonly { readonly channel: string; readonly purchases: number }[];
  /** Visits and meetings. */
  readonly visits: number;
  readonly interactionCounts: Readonly<Record<string, number>>;
  /** Visits and meetings, newest first, at most LISTED_ROWS. */
  readonly recentVisits: readonly ReportInteraction[];
  readonly segments: CustomerSegments;
  readonly callbacks: readonly ReportCallback[];
  readonly callbackCount: number;
  readonly complaints: readonly ReportComplaint[];
  readonly complaintCount: number;
  /** The names of complaint categories pulled from head office, by code. */
  readonly complaintLabels: CategoryLabels;
  readonly draft: ReportDraft | null;
}

interface PurchaseRow {
  readonly occurred_on: string;
  readonly product: string;
  readonly amount_cents: number;
  readonly profit_cents: number | null;
  readonly channel: string | null;
}

function purchaseFigures(db: Db, customerId: string) {
  const rows = stmt(
    db,
    `SELECT occurred_on, product, amount_cents, profit_cents, channel FROM transactions
     WHERE customer_id = ? AND deleted_at IS NULL ORDER BY occurred_on`,
  ).all(customerId) as PurchaseRow[];
  const years = new Map<number, { months: number[]; total: number; purchases: number }>();
  const products = new Map<string, { purchases: number; amount: number; profit: number | null }>();
  const channels = new Map<string, number>();
  let amount = 0;
  let profit: number | null = null;
  for (const row of rows) {
    amount += row.amount_cents;
    if (row.profit_cents !== null) profit = (profit ?? 0) + row.profit_cents;
    const year = Number(row.occurred_on.slice(0, 4));
    const month = Number(row.occurred_on.slice(5, 7)) - 1;
    const y = years.get(year) ?? { months: Array<number>(12).fill(0), total: 0, purchases: 0 };
    y.months[month] = (y.months[month] ?? 0) + row.amount_cents;
    y.total += row.amount_cents;
    y.purchases += 1;
    years.set(year, y);
    const p = products.get(row.product) ?? { purchases: 0, amount: 0, profit: null };
    p.purchases += 1;
    p.amount += row.amount_cents;
    if (row.profit_cents !== null) p.profit = (p.profit ?? 0) + row.profit_cents;
    products.set(row.product, p);
    if (row.channel) channels.set(row.channel, (channels.get(row.channel) ?? 0) + 1);
  }
  const first = rows[0]?.occurred_on ?? null;
  const last = rows.at(-1)?.occurred_on ?? null;
  const byYear: YearMonths[] = [];
  if (first && last) {
    for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      const y = years.get(year);
      byYear.push({
        year,
        months: y?.months ?? Array<number>(12).fill(0),
        totalCents: y?.total ?? 0,
        purchases: y?.purchases ?? 0,
      });
    }
  }
  return {
    firstPurchaseOn: first,
    lastPurchaseOn: last,
    purchases: rows.length,
    amountCents: amount,
    profitCents: profit,
    averageOrderCents: rows.length > 0 ? Math.round(amount / rows.length) : null,
    byYear,
    products: [...products]
      .map(([product, p]) => ({ product, purchases: p.purchases, amountCents: p.amount, profitCents: p.profit }))
      .sort((a, b) => b.amountCents - a.amountCents || a.product.localeCompare(b.product)),
    channels: [...channels]
      .map(([channel, purchases]) => ({ channel, purchases }))
      .sort((a, b) => b.purchases - a.purchases),
  };
}

function interactionFigures(db: Db, customerId: string) {
  const counts = stmt(
    db,
    `SELECT kind, COUNT(*) AS n, MIN(occurred_at) AS first FROM interactions
     WHERE customer_id = ? AND deleted_at IS NULL GROUP BY kind`,
  ).all(customerId) as { kind: string; n: number; first: string }[];
  const recentVisits = stmt(
    db,
    `SELECT i.occurred_at AS occurredAt, i.kind, s.name AS staffName, i.summary FROM interactions i
     LEFT JOIN staff s ON s.id = i.staff_id
     WHERE i.customer_id = ? AND i.deleted_at IS NULL AND i.kind IN ('visit', 'meeting')
     ORDER BY i.occurred_at DESC LIMIT ${LISTED_ROWS}`,
  ).all(customerId) as ReportInteraction[];
  const interactionCounts = Object.fromEntries(counts.map((c) => [c.kind, c.n]));
  const firstAt = counts.map((c) => c.first).sort()[0] ?? null;
  return {
    interactionCounts,
    visits: (interactionCounts.visit ?? 0) + (interactionCounts.meeting ?? 0),
    recentVisits,
    firstInteractionAt: firstAt,
  };
}

function callbackRows(db: Db, customerId: string) {
  const callbacks = stmt(
    db,
    `SELECT c.due_on AS dueOn, c.purpose, c.state, c.not_reached_reason AS notReachedReason, c.satisfaction,
       s.name AS staffName, c.notes
     FROM callbacks c LEFT JOIN staff s ON s.id = c.staff_id
     WHERE c.customer_id = ? ORDER BY c.due_on DESC, c.rowid DESC LIMIT ${LISTED_ROWS}`,
  ).all(customerId) as ReportCallback[];
  const { n } = stmt(db, 'SELECT COUNT(*) AS n FROM callbacks WHERE customer_id = ?').get(customerId) as { n: number };
  return { callbacks, callbackCount: n };
}

function complaintRows(db: Db, customerId: string) {
  const complaints = stmt(
    db,
    `SELECT received_on AS receivedOn, category, status, words, countermeasure FROM complaints
     WHERE customer_id = ? ORDER BY received_on DESC, rowid DESC LIMIT ${LISTED_ROWS}`,
  ).all(customerId) as ReportComplaint[];
  const { n } = stmt(db, 'SELECT COUNT(*) AS n FROM complaints WHERE customer_id = ?').get(customerId) as {
    n: number;
  };
  return { complaints, complaintCount: n, complaintLabels: categoryLabels(db, 'complaint') };
}

/** The draft to print: the one asked for (it must be this customer's), else the newest version. */
function reportDraft(db: Db, customerId: string, draftId: string | null | undefined): ReportDraft | null {
  if (!draftId) return latestDraft(db, customerId);
  const draft = getDraft(db, draftId);
  if (draft.customerId !== customerId)
    throw new DossierError({
      code: 'validation',
      message: `params.draftId: draft ${draftId} is not customer ${customerId}'s`,
      issues: [{ path: 'params.draftId', code: 'reports.draftOtherCustomer' }],
    });
  return draft;
}

export function customerReportData(db: Db, customerId: string, draftId?: string | null): CustomerReportData {
  const customer = getCustomer(db, customerId);
  const purchases = purchaseFigures(db, customerId);
  const interactions = interactionFigures(db, customerId);
  const firstContactOn = [customer.createdAt, interactions.firstInteractionAt, purchases.firstPurchaseOn]
    .filter((d): d is string => !!d)
    .map((d) => d.slice(0, 10))
    .sort()[0] as string;
  return {
    customer,
    contacts: customer.kind === 'company' ? listContacts(db, customerId) : [],
    firstContactOn,
    ...purchases,
    visits: interactions.visits,
    interactionCounts: interactions.interactionCounts,
    recentVisits: interactions.recentVisits,
    segments: customerSegments(db, customerId, true),
    ...callbackRows(db, customerId),
    ...complaintRows(db, customerId),
    draft: reportDraft(db, customerId, draftId),
  };
}
