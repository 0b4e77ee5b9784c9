/**
 * Reference data down: products with risk ratings, holidays, answer and complaint categories and the staff
 * directory, pulled from head office by an `updated_at` cursor per table (kept locally), each table applied in one
 * local transaction and audited. Pulled records are read-only here (`assertLocalProduct`, `assertLocalCategories`)
 * and say where they come from. Rows deleted at head office (`deleted_at`) are removed or retired here too.
 */
import type { ClientBase } from 'pg';
import type { CategoryLabels, PulledLabel, PullResult } from '../../../shared/hq/types';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { productKey } from '../../../shared/products/names';
import { readSetting, writeSetting } from '../settings/settings';
import { withHq } from './connect';
import { reading } from './reading';

/** The settings rows of the two category lists, and the marks that head office manages them. */
const CATEGORY_SETTINGS = {
  answer_categories: 'callbacks.answerCategories',
  complaint_categories: 'complaints.categories',
} as const;
const MANAGED = (setting: string) => `hq.managed.${setting}`;
/** The settings row of a pulled list's names (JSON: code → { zh, en }). */
const LABELS = (setting: string) => `hq.labels.${setting}`;

const SOURCES = ['products', 'holidays', 'answer_categories', 'complaint_categories', 'staff_directory'] as const;
type Source = (typeof SOURCES)[number];

interface Row {
  updated_at: Date;
  deleted_at: Date | null;
  [column: string]: unknown;
}

const cursorOf = (db: Db, source: Source): string | null =>
  (stmt(db, 'SELECT cursor FROM hq_reference_cursors WHERE source = ?').get(source) as { cursor: string } | undefined)
    ?.cursor ?? null;

function saveCursor(db: Db, source: Source, rows: readonly Row[]): void {
  const newest = rows.at(-1)?.updated_at;
  if (!newest) return;
  stmt(
    db,
    `INSERT INTO hq_reference_cursors (source, cursor, pulled_at) VALUES (?, ?, ?)
     ON CONFLICT(source) DO UPDATE SET cursor = excluded.cursor, pulled_at = excluded.pulled_at`,
  ).run(source, newest.toISOString(), nowIso());
}

/** Rows changed at head office since the cursor; `>=`, so rows sharing the cursor's instant are never skipped. */
async function changed(client: ClientBase, source: Source, cursor: string | null): Promise<Row[]> {
  const result = await client.query<Row>(
    `SELECT * FROM dossier.${source} WHERE ($1::timestamptz IS NULL OR updated_at >= $1::timestamptz)
      ORDER BY updated_at`,
    [cursor],
  );
  return result.rows;
}

function applyProducts(db: Db, rows: readonly Row[], actor: string | null): void {
  const now = nowIso();
  for (const r of rows) {
    const hqId = String(r.id);
    const values = {
      name: String(r.name),
      category: (r.category as string | null) ?? null,
      riskRating: Number(r.risk_rating),
      termDays: (r.term_days as number | null) ?? null,
    };
    const mine = stmt(
      db,
      'SELECT id, name, category, risk_rating AS riskRating, term_days AS termDays, deleted_at AS deletedAt FROM products WHERE hq_id = ?',
    ).get(hqId) as { id: string; deletedAt: string | null; [k: string]: unknown } | undefined;
    if (r.deleted_at) {
      if (mine && !mine.deletedAt) {
        stmt(db, 'UPDATE products SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
          now,
          now,
          actor,
          mine.id,
        );
        audit(db, {
          entity: 'product',
          entityId: mine.id,
          action: 'delete',
          staffId: actor,
          changes: { name: values.name, source: 'hq' },
        });
      }
      continue;
    }
    // A local product of the same name becomes head office's: its purchases stay linked to it.
    const same = mine
      ? undefined
      : (
          stmt(db, 'SELECT id, name FROM products WHERE deleted_at IS NULL AND hq_id IS NULL').all() as {
            id: string;
            name: string;
          }[]
        ).find((p) => productKey(p.name) === productKey(values.name));
    const id = mine?.id ?? same?.id ?? uuidv7();
    if (mine || same)
      stmt(
        db,
        `UPDATE products SET hq_id = ?, name = ?, category = ?, risk_rating = ?, term_days = ?, deleted_at = NULL,
           updated_at = ?, updated_by = ? WHERE id = ?`,
      ).run(hqId, values.name, values.category, values.riskRating, values.termDays, now, actor, id);
    else
      stmt(
        db,
        `INSERT INTO products (id, hq_id, name, category, risk_rating, term_days, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, hqId, values.name, values.category, values.riskRating, values.termDays, now, actor, now, actor);
    audit(db, {
      entity: 'product',
      entityId: id,
      action: mine || same ? 'update' : 'create',
      staffId: actor,
      changes: { ...values, source: 'hq' },
    });
  }
}

function applyHolidays(db: Db, rows: readonly Row[], actor: string | null): void {
  for (const r of rows) {
    const date =
      (r.date as Date | string) instanceof Date ? (r.date as Date).toISOString().slice(0, 10) : String(r.date);
    if (r.deleted_at) stmt(db, 'DELETE FROM holidays WHERE date = ? AND hq_managed = 1').run(date);
    else
      stmt(
        db,
        `INSERT INTO holidays (date, kind, name, hq_managed) VALUES (?, ?, ?, 1)
         ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name, hq_managed = 1`,
      ).run(date, String(r.kind), (r.name as string | null) ?? null);
  }
  if (rows.length)
    audit(db, {
      entity: 'holidays',
      entityId: 'hq',
      action: 'update',
      staffId: actor,
      changes: { pulled: rows.length, source: 'hq' },
    });
}

/** A category list is head office's whole list (its live codes in order, with their names), replacing the branch's. */
async function applyCategories(
  client: ClientBase,
  db: Db,
  source: keyof typeof CATEGORY_SETTINGS,
  actor: string | null,
) {
  const live = await client.query<{ code: string; label_zh: string | null; label_en: string | null }>(
    `SELECT code, label_zh, label_en FROM dossier.${source} WHERE deleted_at IS NULL ORDER BY position, code`,
  );
  return () => {
    const setting = CATEGORY_SETTINGS[source];
    const codes = live.rows.map((r) => r.code);
    const labels: Record<string, PulledLabel> = {};
    for (const r of live.rows) labels[r.code] = { zh: r.label_zh ?? '', en: r.label_en ?? '' };
    const before = readSetting(db, setting);
    writeSetting(db, setting, JSON.stringify(codes));
    writeSetting(db, LABELS(setting), JSON.stringify(labels));
    writeSetting(db, MANAGED(setting), '1');
    audit(db, {
      entity: 'setting',
      entityId: setting,
      action: 'update',
      staffId: actor,
      changes: { [setting]: [before ? JSON.parse(before) : null, codes], labels, source: 'hq' },
    });
  };
}

/** The names head office gave the categories of a pulled list, by code; none for a branch's own list. */
export function categoryLabels(db: Db, kind: 'answer' | 'complaint'): CategoryLabels {
  const setting = CATEGORY_SETTINGS[kind === 'answer' ? 'answer_categories' : 'complaint_categories'];
  if (readSetting(db, MANAGED(setting)) !== '1') return {};
  try {
    const labels = JSON.parse(readSetting(db, LABELS(setting)) ?? '{}') as unknown;
    return labels && typeof labels === 'object' ? (labels as CategoryLabels) : {};
  } catch {
    return {};
  }
}

function applyDirectory(db: Db, rows: readonly Row[], actor: string | null): void {
  for (const r of rows) {
    const id = String(r.id);
    if (r.deleted_at) stmt(db, 'DELETE FROM hq_staff_directory WHERE id = ?').run(id);
    else
      stmt(
        db,
        `INSERT INTO hq_staff_directory (id, name, title, email, phone, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, title = excluded.title, email = excluded.email,
           phone = excluded.phone, updated_at = excluded.updated_at`,
      ).run(id, String(r.name), r.title ?? null, r.email ?? null, r.phone ?? null, r.updated_at.toISOString());
  }
  if (rows.length)
    audit(db, {
      entity: 'staffDirectory',
      entityId: 'hq',
      action: 'update',
      staffId: actor,
      changes: { pulled: rows.length, source: 'hq' },
    });
}

/** Pulls what changed at head office since the last pull; answers how many records of each kind arrived. */
export async function pullReference(db: Db, url: string, actor: string | null): Promise<PullResult> {
  return reading(() =>
    withHq(url, async (client) => {
      const counts: Record<Source, number> = {
        products: 0,
        holidays: 0,
        answer_categories: 0,
        complaint_categories: 0,
        staff_directory: 0,
      };
      for (const source of SOURCES) {
        const rows = await changed(client, source, cursorOf(db, source));
        counts[source] = rows.length;
        if (!rows.length) continue;
        const categories =
          source === 'answer_categories' || source === 'complaint_categories'
            ? await applyCategories(client, db, source, actor)
            : null;
        db.transaction(() => {
          if (source === 'products') applyProducts(db, rows, actor);
          else if (source === 'holidays') applyHolidays(db, rows, actor);
          else if (source === 'staff_directory') applyDirectory(db, rows, actor);
          else categories?.();
          saveCursor(db, source, rows);
        })();
      }
      return {
        products: counts.products,
        holidays: counts.holidays,
        answerCategories: counts.answer_categories,
        complaintCategories: counts.complaint_categories,
        staffDirectory: counts.staff_directory,
        pulledAt: nowIso(),
      };
    }),
  );
}

const managed = (what: string) =>
  new DossierError({ code: 'hq.managed', message: `${what} is managed by head office`, details: { what } });

/** A product pulled from head office changes only there. */
export function assertLocalProduct(db: Db, id: string): void {
  const row = stmt(db, 'SELECT hq_id FROM products WHERE id = ?').get(id) as { hq_id: string | null } | undefined;
  if (row?.hq_id) throw managed('product');
}

/** A category list pulled from head office changes only there. */
export function assertLocalCategories(db: Db, kind: 'answer' | 'complaint'): void {
  const setting = CATEGORY_SETTINGS[kind === 'answer' ? 'answer_categories' : 'complaint_categories'];
  if (readSetting(db, MANAGED(setting)) === '1') throw managed(setting);
}

/** Holidays head office set change only there. */
export function assertLocalHolidays(db: Db, dates: readonly string[]): void {
  for (const date of dates) {
    const row = stmt(db, 'SELECT hq_managed FROM holidays WHERE date = ?').get(date) as
      { hq_managed: number } | undefined;
    if (row?.hq_managed) throw managed('holiday');
  }
}
