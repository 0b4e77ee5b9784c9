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
import type { Holiday } from '../../../shared/callbacks/types';
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

/** 国务院办公厅关于2026年部分节假日安排的通知, pasted as published (title, greeting, the seven items, issue date). */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。

一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八）至23日（农历正月初七）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。

节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2025年11月4日`;

const daysOff = (list: readonly Holiday[], name: string): string[] =>
  list.filter((h) => h.kind === 'holiday' && h.name === name).map((h) => h.date);
const workdays = (list: readonly Holiday[]): [string, string | null | undefined][] =>
  list.filter((h) => h.kind === 'workday').map((h) => [h.date, h.name]);

describe('the State Council holiday notice, pasted as published', () => {
  it('reads every holiday and make-up working day of the 2026 notice, the year from its title', () => {
    const { holidays, errors, yearAsked } = parseHolidayList(NOTICE_2026, 2031);
    expect(errors).toEqual([]); // title, greeting, closing paragraph and date of issue are passed over
    expect(yearAsked).toBe(false);
    expect(daysOff(holidays, '元旦')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(daysOff(holidays, '春节')).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(daysOff(holidays, '清明节')).toEqual(['2026-04-04', '2026-04-05', '2026-04-06']);
    expect(daysOff(holidays, '劳动节')).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']);
    expect(daysOff(holidays, '端午节')).toEqual(['2026-06-19', '2026-06-20', '2026-06-21']);
    expect(daysOff(holidays, '中秋节')).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
    expect(daysOff(holidays, '国庆节')).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(workdays(holidays)).toEqual([
      ['2026-01-04', '元旦'],
      ['2026-02-14', '春节'],
      ['2026-02-28', '春节'],
      ['2026-05-09', '劳动节'],
      ['2026-09-20', '国庆节'],
      ['2026-10-10', '国庆节'],
    ]);
    expect(holidays).toHaveLength(33 + 6);
    // Loaded, the calendar works the make-up Sunday and skips the whole Spring Festival.
    const loaded = toCalendar(holidays);
    expect(isWorkingDay('2026-01-04', loaded)).toBe(true);
    expect(nextWorkingDay('2026-02-13', loaded)).toBe('2026-02-14');
    expect(nextWorkingDay('2026-02-14', loaded)).toBe('2026-02-24');
  });

  it('reads ranges across a month and asks for the year when the notice does not name it', () => {
    // Illustrative lines in the published form (as in the 2020 notice, 国庆节、中秋节 together across September).
    const text = [
      '六、国庆节、中秋节：9月30日（周三）至10月8日（周四）放假调休，共9天。9月27日（周日）、10月10日（周六）上班。',
      '一、元旦：1月1日（周三）放假1天，不调休。',
    ].join('\n');
    const { holidays, errors, yearAsked } = parseHolidayList(text, 2020);
    expect(errors).toEqual([]);
    expect(yearAsked).toBe(true);
    expect(daysOff(holidays, '国庆节、中秋节')).toEqual([
      '2020-09-30',
      '2020-10-01',
      '2020-10-02',
      '2020-10-03',
      '2020-10-04',
      '2020-10-05',
      '2020-10-06',
      '2020-10-07',
      '2020-10-08',
    ]);
    expect(workdays(holidays)).toEqual([
      ['2020-09-27', '国庆节、中秋节'],
      ['2020-10-10', '国庆节、中秋节'],
    ]);
    expect(daysOff(holidays, '元旦')).toEqual(['2020-01-01']);
    // Typed informally, with a comma before the make-up day, it still reads.
    expect(parseHolidayList('国庆：10月1日至3日放假调休，9月27日上班。', 2020).holidays).toEqual([
      { date: '2020-10-01', kind: 'holiday', name: '国庆' },
      { date: '2020-10-02', kind: 'holiday', name: '国庆' },
      { date: '2020-10-03', kind: 'holiday', name: '国庆' },
      { date: '2020-09-27', kind: 'workday', name: '国庆' },
    ]);
  });

  it('reports a holiday line it cannot read by its line number, and a year the weekdays contradict', () => {
    const text = [
      '国务院办公厅关于2026年部分节假日安排的通知',
      '',
      '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
      '二、春节：2月15日至23日放假调休，共8天。', // 15–23 February is nine days
      '三、清明节：4月31日（周六）放假。', // no 31 April
      '四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。', // 2025's weekdays: not 2026
      '五、端午节：端午当天放假。',
      '六、中秋节：9月25日（周五）至27日（周日）放假，10月某日上班。',
    ].join('\n');
    const { holidays, errors } = parseHolidayList(text);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8]);
    expect(errors[0]?.text).toBe('二、春节：2月15日至23日放假调休，共8天。');
    expect(holidays.map((h) => h.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  });
});
