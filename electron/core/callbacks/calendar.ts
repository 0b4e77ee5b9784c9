/**
 * The branch's holiday calendar: holidays and make-up workdays as stored, the working-day calendar the rules use,
 * and setting them (open call-backs on a day that stops being a working day move to the next one).
 */
import { assertLocalHolidays } from '../hq/reference';
import type { Holiday, HolidaysResult } from '../../../shared/callbacks/types';
import type { HolidaysSetValues } from '../../../shared/callbacks/schemas';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso } from '../ids';
import { isWorkingDay, rollToWorkingDay, toCalendar, type WorkCalendar } from './workdays';

type HolidayRow = Omit<Holiday, 'fromHq'> & { readonly fromHq: number };

export function listHolidays(db: Db): Holiday[] {
  const rows = stmt(db, 'SELECT date, kind, name, hq_managed AS fromHq FROM holidays ORDER BY date').all();
  return (rows as HolidayRow[]).map(({ fromHq, ...day }) => (fromHq ? { ...day, fromHq: true } : day));
}

/** The working-day calendar; reads only the dates and kinds (a migration before head office's mark calls it too). */
export function loadCalendar(db: Db): WorkCalendar {
  return toCalendar(stmt(db, 'SELECT date, kind FROM holidays').all() as Pick<Holiday, 'date' | 'kind'>[]);
}

/** The days head office set in a year (pulled, read-only here). */
function hqDays(db: Db, year: string): string[] {
  return (
    stmt(db, 'SELECT date FROM holidays WHERE date >= ? AND date <= ? AND hq_managed = 1').all(
      `${year}-01-01`,
      `${year}-12-31`,
    ) as { date: string }[]
  ).map((r) => r.date);
}

/**
 * Stores holidays and make-up workdays. With `replaceYears`, the branch's own days of the years the list covers are
 * replaced (loading an official calendar); the days head office set stay as it set them, and the list's entries for
 * those days are left out (`keptFromHq` says how many there are). Otherwise a day head office set is refused. Open
 * call-backs due on a day that is no longer a working day move to the next working day.
 */
export function setHolidays(db: Db, input: HolidaysSetValues, actor: string | null): HolidaysResult {
  let moved = 0;
  let keptFromHq = 0;
  db.transaction(() => {
    let holidays = input.holidays;
    const touched = new Set<string>([...holidays.map((h) => h.date), ...input.remove]);
    if (input.replaceYears) {
      assertLocalHolidays(db, input.remove);
      const years = [...new Set(holidays.map((h) => h.date.slice(0, 4)))];
      const kept = new Set(years.flatMap((year) => hqDays(db, year)));
      keptFromHq = kept.size;
      holidays = holidays.filter((h) => !kept.has(h.date));
      for (const year of years) {
        const old = stmt(db, 'SELECT date FROM holidays WHERE date >= ? AND date <= ? AND hq_managed = 0').all(
          `${year}-01-01`,
          `${year}-12-31`,
        ) as {
          date: string;
        }[];
        for (const o of old) touched.add(o.date);
        stmt(db, 'DELETE FROM holidays WHERE date >= ? AND date <= ? AND hq_managed = 0').run(
          `${year}-01-01`,
          `${year}-12-31`,
        );
      }
    } else assertLocalHolidays(db, [...touched]);
    for (const date of input.remove) stmt(db, 'DELETE FROM holidays WHERE date = ?').run(date);
    const upsert = stmt(
      db,
      'INSERT INTO holidays (date, kind, name) VALUES (?, ?, ?) ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name',
    );
    for (const h of holidays) upsert.run(h.date, h.kind, h.name ?? null);

    const calendar = loadCalendar(db);
    const now = nowIso();
    for (const date of [...touched].sort()) {
      if (isWorkingDay(date, calendar)) continue;
      moved += stmt(
        db,
        "UPDATE callbacks SET due_on = ?, updated_at = ?, updated_by = ? WHERE state = 'open' AND due_on = ?",
      ).run(rollToWorkingDay(date, calendar), now, actor, date).changes;
    }
    audit(db, {
      entity: 'holidays',
      entityId: 'calendar',
      action: 'update',
      staffId: actor,
      changes: { holidays, remove: input.remove, replaceYears: input.replaceYears, moved, keptFromHq },
    });
  })();
  return { holidays: listHolidays(db), moved, keptFromHq };
}
