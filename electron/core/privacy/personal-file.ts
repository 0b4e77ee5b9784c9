/**
 * One customer's whole file, for a request under PIPL to see or take one's data: profile, contacts, calls and
 * visits, call-backs and their attempts, purchases, complaints and their events, risk assessments, classes and
 * their changes, and the change history. As JSON (one object) or a workbook (one sheet per part, the stored field
 * names as headers). Every export is recorded in the audit log.
 */
import type { FileDownload } from '../../../shared/import/types';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/i18n/languages';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import { listAudit } from '../audit/view';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { download, workbookDownload } from '../export/download';
import { toXlsx } from '../export/write';
import { nowIso } from '../ids';

type Rows = Record<string, unknown>[];

/** Each part: its sheet's title and its rows (search keys and index text are left out: they are derived). */
const PARTS: readonly { key: string; title: MessageKey; sql: string }[] = [
  {
    key: 'profile',
    title: 'privacy.part.profile',
    sql: 'SELECT * FROM customers WHERE id = @id',
  },
  {
    key: 'contacts',
    title: 'privacy.part.contacts',
    sql: 'SELECT * FROM contacts WHERE customer_id = @id ORDER BY rowid',
  },
  {
    key: 'interactions',
    title: 'privacy.part.interactions',
    sql: 'SELECT * FROM interactions WHERE customer_id = @id ORDER BY rowid',
  },
  {
    key: 'callbacks',
    title: 'privacy.part.callbacks',
    sql: 'SELECT * FROM callbacks WHERE customer_id = @id ORDER BY rowid',
  },
  {
    key: 'callbackAttempts',
    title: 'privacy.part.callbackAttempts',
    sql: 'SELECT a.* FROM callback_attempts a JOIN callbacks c ON c.id = a.callback_id WHERE c.customer_id = @id ORDER BY a.rowid',
  },
  {
    key: 'purchases',
    title: 'privacy.part.purchases',
    sql: 'SELECT * FROM transactions WHERE customer_id = @id ORDER BY rowid',
  },
  {
    key: 'complaints',
    title: 'privacy.part.complaints',
    sql: 'SELECT * FROM complaints WHERE customer_id = @id ORDER BY rowid',
  },
  {
    key: 'complaintEvents',
    title: 'privacy.part.complaintEvents',
    sql: 'SELECT e.* FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id WHERE c.customer_id = @id ORDER BY e.rowid',
  },
  {
    key: 'risk',
    title: 'privacy.part.risk',
    sql: 'SELECT * FROM risk_assessments WHERE customer_id = @id ORDER BY rowid',
  },
  { key: 'classes', title: 'privacy.part.classes', sql: 'SELECT * FROM customer_segments WHERE customer_id = @id' },
  {
    key: 'classChanges',
    title: 'privacy.part.classChanges',
    sql: 'SELECT * FROM class_changes WHERE customer_id = @id ORDER BY changed_on, scheme',
  },
];

/** Derived columns a person's file does not need (search keys and text, the classes' code). */
const DERIVED = new Set(['search_text', 'name_pinyin', 'name_initials', 'class_code']);

const clean = (rows: Rows): Rows =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !DERIVED.has(k))));

/** The file's parts as data: each part's rows, and the change history (every entry about the customer). */
function personalFile(db: Db, id: string): Record<string, Rows> {
  const file: Record<string, Rows> = {};
  for (const part of PARTS) file[part.key] = clean(stmt(db, part.sql).all({ id }) as Rows);
  if (file.profile?.length !== 1)
    throw new DossierError({ code: 'not_found', message: `No customer with id ${id}`, details: { id } });
  const history: Rows = [];
  for (let page = 0; ; page++) {
    const { rows } = listAudit(db, { customerId: id, page, pageSize: 200 }, null);
    history.push(
      ...rows.map((e) => ({
        at: e.at,
        staff: e.staffName,
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        changes: e.changes,
      })),
    );
    if (rows.length < 200) break;
  }
  file.history = history;
  return file;
}

const cell = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v);

/** The file as JSON or a workbook, named for the customer; the export is audited. */
export async function exportPersonalFile(
  db: Db,
  id: string,
  format: 'xlsx' | 'json',
  language: Language,
  actor: string,
): Promise<FileDownload> {
  const file = personalFile(db, id);
  const name = String(file.profile?.[0]?.name ?? id);
  audit(db, { entity: 'customer', entityId: id, action: 'export', staffId: actor, changes: { format, at: nowIso() } });
  const base = `${translate(language, 'privacy.fileName')}-${name}`.replace(/[\\/:*?"<>|]/g, '_');
  if (format === 'json')
    return download({
      fileName: `${base}.json`,
      mimeType: 'application/json',
      bytes: Buffer.from(JSON.stringify({ exportedAt: nowIso(), ...file }, null, 2), 'utf8'),
    });
  const titled = [...PARTS, { key: 'history', title: 'privacy.part.history' as MessageKey }];
  const sheets = titled.map((part) => {
    const rows = file[part.key] ?? [];
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return {
      name: translate(language, part.title),
      headers,
      rows: rows.map((r) => headers.map((h) => cell(r[h]))),
    };
  });
  return workbookDownload(base, await toXlsx(sheets));
}
