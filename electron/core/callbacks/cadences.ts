/**
 * Cadences: how often a customer is called (its own cadence, else the shortest of its tags'), whether it is due
 * (ok / amber / red), and setting a customer's cadence, which can plan the next periodic call-back.
 */
import type { Cadence, CadenceStatus, TagCadence } from '../../../shared/callbacks/types';
import { AMBER_FRACTION } from '../../../shared/callbacks/vocabulary';
import { localDate } from '../../../shared/rules/calendar';
import { audit } from '../audit/log';
import { getCustomer } from '../customers/records';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { loadCalendar } from './calendar';
import { insertCallback } from './queue';
import { ruleSettings } from './settings';
import { addCadence, addDays, cadenceDays, daysBetween, rollToWorkingDay } from './workdays';

interface EffectiveCadence {
  readonly own: Cadence | null;
  readonly effective: Cadence | null;
  readonly source: 'customer' | 'tag' | null;
  readonly tag: string | null;
}

function ownCadence(db: Db, customerId: string): Cadence | null {
  const row = stmt(db, 'SELECT every_n AS every, unit, mode FROM customer_cadences WHERE customer_id = ?').get(
    customerId,
  ) as Cadence | undefined;
  return row ?? null;
}

/** The customer's own cadence, else the shortest cadence among its tags'. */
export function effectiveCadence(db: Db, customerId: string, tagCadences: readonly TagCadence[]): EffectiveCadence {
  const own = ownCadence(db, customerId);
  if (own) return { own, effective: own, source: 'customer', tag: null };
  if (tagCadences.length === 0) return { own: null, effective: null, source: null, tag: null };
  const tags = new Set(
    (stmt(db, 'SELECT tag FROM customer_tags WHERE customer_id = ?').all(customerId) as { tag: string }[]).map(
      (r) => r.tag,
    ),
  );
  let best: TagCadence | null = null;
  for (const tc of tagCadences)
    if (tags.has(tc.tag) && (best === null || cadenceDays(tc) < cadenceDays(best))) best = tc;
  return best
    ? { own: null, effective: { every: best.every, unit: best.unit, mode: best.mode }, source: 'tag', tag: best.tag }
    : { own: null, effective: null, source: null, tag: null };
}

/** Local date of the last contact: an interaction other than a note, not counting calls that did not get through. */
function lastContactOn(db: Db, customerId: string): string | null {
  const row = stmt(
    db,
    `SELECT max(i.occurred_at) AS at FROM interactions i
     WHERE i.customer_id = ? AND i.deleted_at IS NULL AND i.kind <> 'note'
       AND NOT EXISTS (SELECT 1 FROM callback_attempts a WHERE a.interaction_id = i.id AND a.reached = 0)`,
  ).get(customerId) as { at: string | null };
  return row.at ? localDate(new Date(row.at)) : null;
}

/**
 * ok / amber / red for one customer. dueOn = last contact (or the day the customer was created) + cadence, moved to a
 * working day. amber once AMBER_FRACTION of the interval has passed without contact, red once dueOn has passed.
 */
export function cadenceStatus(db: Db, customerId: string, today: string = localDate()): CadenceStatus {
  const customer = getCustomer(db, customerId);
  const c = effectiveCadence(db, customerId, ruleSettings(db).tagCadences);
  const last = lastContactOn(db, customerId);
  const base = {
    customerId,
    cadence: c.own,
    effective: c.effective,
    source: c.source,
    tag: c.tag,
    lastContactOn: last,
  };
  if (!c.effective) return { ...base, dueOn: null, status: 'none' };
  const start = last ?? localDate(new Date(customer.createdAt));
  const dueOn = rollToWorkingDay(addCadence(start, c.effective), loadCalendar(db));
  const amberFrom = addDays(start, Math.ceil(daysBetween(start, dueOn) * AMBER_FRACTION));
  return { ...base, dueOn, status: today > dueOn ? 'red' : today >= amberFrom ? 'amber' : 'ok' };
}

/** cadenceStatus for a page of customers, keeping only those a cadence applies to; unknown ids are left out. */
export function cadenceStatuses(db: Db, customerIds: readonly string[], today: string = localDate()): CadenceStatus[] {
  if (customerIds.length === 0) return [];
  // Without tag cadences only customers with their own cadence can be due: one query finds them.
  const byTag = ruleSettings(db).tagCadences.length > 0;
  const candidates = new Set(
    (
      stmt(
        db,
        `SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL
           AND (? OR EXISTS (SELECT 1 FROM customer_cadences k WHERE k.customer_id = c.id))`,
      ).all(JSON.stringify(customerIds), byTag ? 1 : 0) as { id: string }[]
    ).map((r) => r.id),
  );
  return customerIds
    .filter((id) => candidates.has(id))
    .map((id) => cadenceStatus(db, id, today))
    .filter((s) => s.status !== 'none');
}

/** Sets (or with null removes) a customer's own cadence; optionally plans the next periodic call-back. */
export function setCadence(
  db: Db,
  customerId: string,
  cadence: Cadence | null,
  actor: string,
  options: { schedule: boolean; today: string | null },
): CadenceStatus {
  const customer = getCustomer(db, customerId);
  const today = options.today ?? localDate();
  db.transaction(() => {
    const before = ownCadence(db, customerId);
    if (cadence)
      stmt(
        db,
        `INSERT INTO customer_cadences (customer_id, every_n, unit, mode, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(customer_id) DO UPDATE SET every_n = excluded.every_n, unit = excluded.unit, mode = excluded.mode,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      ).run(customerId, cadence.every, cadence.unit, cadence.mode, nowIso(), actor);
    else stmt(db, 'DELETE FROM customer_cadences WHERE customer_id = ?').run(customerId);
    audit(db, {
      entity: 'cadence',
      entityId: customerId,
      action: 'update',
      staffId: actor,
      changes: { before, after: cadence },
    });

    if (!options.schedule) return;
    const status = cadenceStatus(db, customerId, today);
    const open = stmt(db, "SELECT 1 FROM callbacks WHERE customer_id = ? AND state = 'open' LIMIT 1").get(customerId);
    if (!status.dueOn || open) return;
    const staffId = customer.ownerId ?? actor;
    const dueOn = rollToWorkingDay(status.dueOn > today ? status.dueOn : today, loadCalendar(db));
    const id = insertCallback(
      db,
      {
        customerId,
        dueOn,
        windowStart: null,
        windowEnd: null,
        staffId,
        purpose: 'periodic_care',
        priority: 'normal',
        notes: null,
        campaignId: null,
      },
      actor,
      nowIso(),
    );
    audit(db, {
      entity: 'callback',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: { customerId, dueOn, from: 'cadence' },
    });
  })();
  return cadenceStatus(db, customerId, today);
}
