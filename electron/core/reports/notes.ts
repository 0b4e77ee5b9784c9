/**
 * The texts a branch writes into its printed reports (report_notes): the measures of a call-back report, per
 * campaign or per period. Saving writes the note and its audit row in one transaction; an empty text removes it.
 */
import type { ReportQuery } from '../../../shared/callbacks/schemas';
import { callbackNoteScope, type ReportNote } from '../../../shared/reports/notes';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';

type NoteKind = 'callbacks';

const EMPTY: ReportNote = { text: '', updatedAt: null, updatedByName: null };

function readNote(db: Db, kind: NoteKind, scope: string): ReportNote {
  const row = stmt(
    db,
    `SELECT n.text, n.updated_at AS updatedAt, s.name AS updatedByName
     FROM report_notes n LEFT JOIN staff s ON s.id = n.updated_by WHERE n.kind = ? AND n.scope = ?`,
  ).get(kind, scope) as ReportNote | undefined;
  return row ?? EMPTY;
}

function saveNote(db: Db, kind: NoteKind, scope: string, text: string, actor: string | null): ReportNote {
  return db.transaction(() => {
    const before = readNote(db, kind, scope);
    if (before.text === text) return before;
    const entityId = `${kind}/${scope}`;
    if (text === '') {
      stmt(db, 'DELETE FROM report_notes WHERE kind = ? AND scope = ?').run(kind, scope);
      audit(db, {
        entity: 'report_note',
        entityId,
        action: 'delete',
        staffId: actor,
        changes: { text: [before.text, null] },
      });
      return EMPTY;
    }
    stmt(
      db,
      `INSERT INTO report_notes (kind, scope, text, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, scope) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    ).run(kind, scope, text, nowIso(), actor);
    audit(db, {
      entity: 'report_note',
      entityId,
      action: before.updatedAt === null ? 'create' : 'update',
      staffId: actor,
      changes: { text: [before.updatedAt === null ? null : before.text, text] },
    });
    return readNote(db, kind, scope);
  })();
}

/** The measures of a call-back report's campaign or period. */
export const callbackMeasures = (db: Db, q: ReportQuery): ReportNote => readNote(db, 'callbacks', callbackNoteScope(q));

export const saveCallbackMeasures = (db: Db, q: ReportQuery, text: string, actor: string | null): ReportNote =>
  saveNote(db, 'callbacks', callbackNoteScope(q), text, actor);
