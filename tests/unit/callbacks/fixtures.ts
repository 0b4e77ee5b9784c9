/** Shared test data: the 2025 official holiday calendar around Spring Festival and National Day (with 调休). */
import type { Holiday } from '../../../shared/callbacks/types';

const range = (from: number, to: number, month: string, name: string): Holiday[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    date: `2025-${month}-${String(from + i).padStart(2, '0')}`,
    kind: 'holiday',
    name,
  }));

/** 2025: Spring Festival 01-28 … 02-04 with make-up Sundays/Saturdays 01-26 and 02-08; National Day 10-01 … 10-08
 *  with make-up days 09-28 (Sunday) and 10-11 (Saturday). */
export const HOLIDAYS_2025: Holiday[] = [
  { date: '2025-01-26', kind: 'workday', name: '春节调休' },
  ...range(28, 31, '01', '春节'),
  ...range(1, 4, '02', '春节'),
  { date: '2025-02-08', kind: 'workday', name: '春节调休' },
  { date: '2025-09-28', kind: 'workday', name: '国庆调休' },
  ...range(1, 8, '10', '国庆节、中秋节'),
  { date: '2025-10-11', kind: 'workday', name: '国庆调休' },
];
