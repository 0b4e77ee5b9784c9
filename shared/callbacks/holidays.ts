/** The holiday calendar as branches paste it; pure, so the Settings page previews exactly what the core stores. */
import type { Holiday } from './types';
import type { HolidayKind } from './vocabulary';
import { isRealDate } from '../fields';

/**
 * Reads a holiday list as branches keep it: one date per line with its kind, optionally a name —
 * `2025-10-01 holiday 国庆节`, `2025-09-28,workday`, `2025-10-08\t休`, `2025-10-11 班 国庆调休`.
 * Kinds: holiday/休/假/off; workday/班/work. Blank lines and lines starting with # are skipped.
 */
export function parseHolidayList(text: string): { holidays: Holiday[]; errors: { line: number; text: string }[] } {
  const holidays: Holiday[] = [];
  const errors: { line: number; text: string }[] = [];
  const kinds: Record<string, HolidayKind> = {
    holiday: 'holiday',
    休: 'holiday',
    假: 'holiday',
    off: 'holiday',
    workday: 'workday',
    班: 'workday',
    work: 'workday',
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\s,;，]+(\S+?)(?:[\s,;，]+(.*))?$/.exec(line);
    const kind = m ? kinds[(m[4] ?? '').toLowerCase()] : undefined;
    if (!m || !kind) {
      errors.push({ line: i + 1, text: line });
      return;
    }
    const date = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    if (!isRealDate(date)) {
      errors.push({ line: i + 1, text: line });
      return;
    }
    holidays.push({ date, kind, name: m[5]?.trim() || null });
  });
  return { holidays, errors };
}
