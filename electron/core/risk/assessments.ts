/**
 * Customers' risk assessments (风险承受能力评估): every one is kept, the newest counts. Each new level is also a class
 * change of the scheme `risk` (C1 … C5), dated the assessment's day, for the history and the migration matrix.
 */
import { levelLabel, yearAfter, type Standing } from '../../../shared/risk/matching';
import type { RiskAssessValues } from '../../../shared/risk/schemas';
import type { CustomerRisk, RiskAssessment } from '../../../shared/risk/types';
import { audit } from '../audit/log';
import { getCustomer } from '../customers/records';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';

const COLUMNS = `id, customer_id AS customerId, level, assessed_on AS assessedOn, expires_on AS expiresOn, notes,
  created_at AS createdAt, created_by AS createdBy`;
/** Newest first: by the day assessed, then by when it was recorded (ids are time-ordered). */
const NEWEST = 'ORDER BY assessed_on DESC, id DESC';

export function customerRisk(db: Db, customerId: string): CustomerRisk {
  getCustomer(db, customerId);
  const history = stmt(db, `SELECT ${COLUMNS} FROM risk_assessments WHERE customer_id = ? ${NEWEST}`).all(
    customerId,
  ) as RiskAssessment[];
  return { current: history[0] ?? null, history };
}

/** The assessment in effect on `on` (the newest made on or before it), or null. */
export function standingOn(db: Db, customerId: string, on: string): Standing | null {
  return (
    (stmt(
      db,
      `SELECT level, assessed_on AS assessedOn, expires_on AS expiresOn FROM risk_assessments
       WHERE customer_id = ? AND assessed_on <= ? ${NEWEST} LIMIT 1`,
    ).get(customerId, on) as Standing | undefined) ?? null
  );
}

/** Records the class change of an assessment: from the level in effect before its day to its level. */
function recordClassChange(db: Db, customerId: string, on: string, level: number): void {
  const before = stmt(
    db,
    `SELECT level FROM risk_assessments WHERE customer_id = ? AND assessed_on < ? ${NEWEST} LIMIT 1`,
  ).get(customerId, on) as { level: number } | undefined;
  const oldClass = before ? levelLabel(before.level) : null;
  const newClass = levelLabel(level);
  // A second assessment on the same day replaces that day's new class; back where it started, it is no change.
  stmt(
    db,
    `INSERT INTO class_changes (customer_id, scheme, changed_on, old_class, new_class) VALUES (?, 'risk', ?, ?, ?)
     ON CONFLICT (customer_id, scheme, changed_on) DO UPDATE SET new_class = excluded.new_class`,
  ).run(customerId, on, oldClass, newClass);
  stmt(
    db,
    `DELETE FROM class_changes WHERE customer_id = ? AND scheme = 'risk' AND changed_on = ? AND old_class IS new_class`,
  ).run(customerId, on);
}

export function assessRisk(db: Db, input: RiskAssessValues, actor: string | null): RiskAssessment {
  getCustomer(db, input.customerId);
  const id = uuidv7();
  const expiresOn = input.expiresOn ?? yearAfter(input.assessedOn);
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO risk_assessments (id, customer_id, level, assessed_on, expires_on, notes, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.customerId, input.level, input.assessedOn, expiresOn, input.notes, nowIso(), actor);
    recordClassChange(db, input.customerId, input.assessedOn, input.level);
    audit(db, {
      entity: 'risk_assessment',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: {
        customerId: input.customerId,
        level: levelLabel(input.level),
        assessedOn: input.assessedOn,
        expiresOn,
        notes: input.notes,
      },
    });
  })();
  return stmt(db, `SELECT ${COLUMNS} FROM risk_assessments WHERE id = ?`).get(id) as RiskAssessment;
}
