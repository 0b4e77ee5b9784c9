import { describe, expect, it } from 'vitest';
import {
  addCadence,
  addDays,
  addMonths,
  daysBetween,
  EMPTY_CALENDAR,
  isoWeekday,
  isWorkingDay,
  monthRange,
  nextWorkingDay,
  rollToWorkingDay,
  toCalendar,
  weekOf,
  workingDaysBetween,
} from '../../../electron/core/callbacks/workdays';
import { parseHolidayList } from '../../../shared/callbacks/holidays';
import { isLeapYear } from '../../../shared/rules/calendar';
import { HOLIDAYS_2025 } from './fixtures';

const cal = toCalendar(HOLIDAYS_2025);

describe('cadence arithmetic', () => {
  it('adds days and weeks across month and year ends', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCadence('2025-12-25', { every: 2, unit: 'weeks' })).toBe('2026-01-08');
    expect(addCadence('2025-03-01', { every: 90, unit: 'days' })).toBe('2025-05-30');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('clamps months to the last day of the month, in leap and common years', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-05-15', -5)).toBe('2024-12-15');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29'); // 2000 is
  });

  it('counts repeated months from the anchor, so a clamp does not stick', () => {
    const monthly = { every: 1, unit: 'months' } as const;
    expect(addCadence('2025-01-31', monthly, 1)).toBe('2025-02-28');
    expect(addCadence('2025-01-31', monthly, 2)).toBe('2025-03-31');
    expect(addCadence('2025-01-31', monthly, 3)).toBe('2025-04-30');
    expect(addCadence('2025-08-31', { every: 6, unit: 'months' })).toBe('2026-02-28');
  });

  it('knows leap years', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });
});

describe('working days', () => {
  it('takes Monday to Friday without a calendar', () => {
    expect(isoWeekday('2025-09-26')).toBe(5);
    expect(isWorkingDay('2025-09-26', EMPTY_CALENDAR)).toBe(true);
    expect(isWorkingDay('2025-09-27', EMPTY_CALENDAR)).toBe(false);
    expect(nextWorkingDay('2025-09-26', EMPTY_CALENDAR)).toBe('2025-09-29');
    expect(rollToWorkingDay('2025-09-27', EMPTY_CALENDAR)).toBe('2025-09-29');
    expect(rollToWorkingDay('2025-09-29', EMPTY_CALENDAR)).toBe('2025-09-29');
  });

  it('skips holidays and works the make-up days (调休)', () => {
    // National Day 2025: 10-01 … 10-08 off; Sunday 09-28 and Saturday 10-11 worked.
    expect(isWorkingDay('2025-09-28', cal)).toBe(true);
    expect(isWorkingDay('2025-10-01', cal)).toBe(false);
    expect(isWorkingDay('2025-10-08', cal)).toBe(false);
    expect(isWorkingDay('2025-10-11', cal)).toBe(true);
    expect(isWorkingDay('2025-10-12', cal)).toBe(false);
    expect(nextWorkingDay('2025-09-26', cal)).toBe('2025-09-28'); // Friday → the make-up Sunday
    expect(nextWorkingDay('2025-09-30', cal)).toBe('2025-10-09'); // over the whole holiday
    expect(nextWorkingDay('2025-10-10', cal)).toBe('2025-10-11'); // Friday → the make-up Saturday
    expect(rollToWorkingDay('2025-10-01', cal)).toBe('2025-10-09');
    expect(rollToWorkingDay('2025-02-08', cal)).toBe('2025-02-08');
    expect(rollToWorkingDay('2025-01-27', cal)).toBe('2025-01-27');
    expect(rollToWorkingDay('2025-01-28', cal)).toBe('2025-02-05');
    expect(workingDaysBetween('2025-09-27', '2025-10-12', cal)).toEqual([
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  it('gives up on a calendar without any working day instead of looping', () => {
    const closed = toCalendar(
      Array.from({ length: 4000 }, (_, i) => ({ date: addDays('2030-01-01', i), kind: 'holiday' as const })),
    );
    expect(() => nextWorkingDay('2030-01-01', closed)).toThrow(/No working day/);
  });

  it('knows weeks (Monday first) and months', () => {
    expect(weekOf('2025-10-01')).toEqual({ from: '2025-09-29', to: '2025-10-05' });
    expect(weekOf('2025-10-05')).toEqual({ from: '2025-09-29', to: '2025-10-05' });
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('reads holiday lists as branches type them', () => {
    const { holidays, errors } = parseHolidayList(
      [
        '# 2025 国庆',
        '2025-10-01 holiday 国庆节',
        '2025/9/28,班',
        '2025年10月11日 班 国庆调休',
        '2025-10-02\t休',
        'x',
        '2025-02-30 休',
      ].join('\n'),
    );
    expect(holidays).toEqual([
      { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2025-09-28', kind: 'workday', name: null },
      { date: '2025-10-11', kind: 'workday', name: '国庆调休' },
      { date: '2025-10-02', kind: 'holiday', name: null },
    ]);
    expect(errors.map((e) => e.line)).toEqual([6, 7]);
  });
});
