/**
 * Batches of customer analysis reports: every customer a filter, a saved segment or an account manager names, each
 * report built in the core and printed by the one warm print engine (Chromium lays out and prints in its own
 * process; this thread only builds each report's HTML, a few milliseconds, between the prints it waits for). As one
 * PDF (the reports one after another, each from a new page) or one PDF per customer handed to a sink: the app
 * zips them, the command line writes them into a folder as they come, so memory stays flat however many there are.
 */
import { translate } from '../../../shared/i18n/index';
import { BATCH_MAX, COMBINED_MAX, type BatchRequest } from '../../../shared/reports/batch';
import { DossierError } from '../../../shared/result';
import { localDate } from '../../../shared/rules/calendar';
import { audit } from '../audit/log';
import { countMatching, customerPages, type CustomerFilter } from '../customers/list';
import type { Db } from '../db/open';
import { getSavedSegment } from '../segments/saved';
import { getSettings } from '../settings/settings';
import { renderReportDocument } from './document';
import { reportFormat } from './format';
import { html } from './html';
import { REPORT_KINDS } from './kinds';
import { getLetterhead } from './letterhead';
import type { PrintEngine } from './print-engine';
import { fontCss, renderReport } from './render';

export class BatchCancelled extends Error {
  constructor() {
    super('The batch was cancelled.');
  }
}

const refusal = (key: string, message: string, details: Record<string, number> = {}): DossierError =>
  new DossierError({ code: 'validation', message, issues: [{ path: 'filter', code: key }], details });

/** A file name without characters Windows or macOS refuse. */
const safeName = (text: string): string => text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'report';

/** Where the printed reports go: one PDF each (name, bytes), in customer name order. */
export type BatchSink = (fileName: string, bytes: Uint8Array) => void | Promise<void>;

export interface BatchHooks {
  readonly onProgress: (done: number, total: number) => void;
  readonly isCancelled: () => boolean;
}

/** The batch's customers as a list filter, and how many there are (refused when none or too many). */
export function batchCustomers(db: Db, request: BatchRequest): { filter: CustomerFilter; total: number } {
  const segment = request.segmentName ? getSavedSegment(db, { name: request.segmentName }) : null;
  const filter: CustomerFilter = segment ? { ...request.filter, segmentId: segment.id } : request.filter;
  const total = countMatching(db, filter);
  if (total === 0) throw refusal('reportKinds.batch.empty', 'No customer matches this batch.');
  if (total > BATCH_MAX)
    throw refusal('reportKinds.batch.tooMany', `${total} customers: a batch prints ${BATCH_MAX} at most.`, {
      count: total,
      max: BATCH_MAX,
    });
  if (request.output === 'combined' && total > COMBINED_MAX)
    throw refusal('reportKinds.batch.combinedTooMany', `${total} customers: one PDF holds ${COMBINED_MAX} at most.`, {
      count: total,
      max: COMBINED_MAX,
    });
  return { filter, total };
}

function* customerIds(db: Db, filter: CustomerFilter): Generator<{ id: string; name: string }> {
  for (const page of customerPages(db, filter)) for (const c of page) yield { id: c.id, name: c.name };
}

/** Lets the event loop run (the app's other requests, a cancel) between two reports. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** One PDF per customer, in name order, each handed to the sink as soon as it is printed. */
export async function printEach(
  db: Db,
  engine: PrintEngine,
  request: BatchRequest,
  actor: string,
  sink: BatchSink,
  hooks: BatchHooks,
): Promise<number> {
  const { filter, total } = batchCustomers(db, request);
  const width = String(total).length;
  let done = 0;
  hooks.onProgress(0, total);
  for (const customer of customerIds(db, filter)) {
    if (hooks.isCancelled()) throw new BatchCancelled();
    const report = renderReport(
      db,
      {
        kind: 'customer',
        params: { customerId: customer.id },
        lang: request.lang,
        paper: request.paper,
        unmask: request.unmask,
      },
      actor,
      'pdf',
    );
    const bytes = await engine.pdf(report.html, {
      paper: report.paper,
      lang: report.lang,
      headerTitle: report.headerTitle,
    });
    done += 1;
    await sink(`${String(done).padStart(width, '0')} ${safeName(customer.name)}.pdf`, bytes);
    hooks.onProgress(done, total);
    await breathe();
  }
  return done;
}

/** Every customer's report in one document, each from a new page, printed once. */
export async function printCombined(
  db: Db,
  engine: PrintEngine,
  request: BatchRequest,
  actor: string,
  hooks: BatchHooks,
  today = localDate(),
): Promise<{ title: string; bytes: Uint8Array }> {
  const { filter, total } = batchCustomers(db, request);
  const lang = request.lang ?? getSettings(db).language ?? 'zh-CN';
  const t = (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string | number>>) =>
    translate(lang, key, params);
  const ctx = { lang, t, format: reportFormat(lang, request.unmask), today, actor };
  const kind = REPORT_KINDS.customer;
  if (!kind) throw new Error('The customer report is not registered.');
  const bodies = [];
  let built = 0;
  hooks.onProgress(0, total);
  for (const customer of customerIds(db, filter)) {
    if (hooks.isCancelled()) throw new BatchCancelled();
    const report = kind.build(db, { customerId: customer.id, draftId: null }, ctx);
    bodies.push(
      html`<div class="batch-report" style="${built > 0 ? 'break-before: page' : ''}">
        <h1>${report.title}</h1>
        ${report.body}
      </div>`,
    );
    built += 1;
    // Building is most of the work until the one print: counted as such.
    hooks.onProgress(Math.floor(built * 0.5), total);
    await breathe();
  }
  const title = t('reportKinds.batch.title', { count: total });
  if (request.unmask)
    audit(db, {
      entity: 'reportPrint',
      entityId: 'batch',
      action: 'create',
      staffId: actor,
      changes: { kind: 'customer', filter, segmentName: request.segmentName ?? null, count: total, unmasked: true },
    });
  const letterhead = getLetterhead(db);
  const paper = request.paper ?? letterhead.paper;
  const document = renderReportDocument({ lang, title, body: html`${bodies}`, paper, letterhead, fontCss: fontCss() });
  if (hooks.isCancelled()) throw new BatchCancelled();
  const bytes = await engine.pdf(document, {
    paper,
    lang,
    headerTitle: [letterhead.branchName, title].filter(Boolean).join(' · '),
  });
  hooks.onProgress(total, total);
  return { title: safeName(title), bytes };
}
