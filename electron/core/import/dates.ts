/** Dates as branch spreadsheets type them: 2023/5/1, 2023-05-01, 2023年5月1日, 20230501, Excel serials, 5/1/2023. */
import { isRealDate } from '../../../shared/fields';
import { excelSerialToIso } from './xlsx';

import type { DateOrder } from '../../../shared/import/types';
export type { DateOrder };
export type DateParse =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: 'date.invalid' | 'import.dateAmbiguous' };

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): DateParse {
  const value = `${y}-${pad(m)}-${pad(d)}`;
  return isRealDate(value) ? { ok: true, value } : { ok: false, code: 'date.invalid' };
}

export function parseDate(raw: string, order: DateOrder | null): DateParse {
  const s = raw.trim().replace(/[Ｔ]/g, 'T');
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // A bare number in a date column is an Excel serial (1 = 1900-01-01; 60000 ≈ 2064).
  if (/^\d{1,5}(\.\d+)?$/.test(s)) {
    const serial = Number(s);
    if (serial >= 1 && serial < 60000) return { ok: true, value: excelSerialToIso(Math.floor(serial)) };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a > 12) return iso(y, b, a);
    if (b > 12) return iso(y, a, b);
    if (a === b) return iso(y, a, b);
    if (!order) return { ok: false, code: 'import.dateAmbiguous' };
    return order === 'mdy' ? iso(y, a, b) : iso(y, b, a);
  }
  return { ok: false, code: 'date.invalid' };
}

/** For a column of d/m/y-or-m/d/y dates: the order its unambiguous values prove, or null when none do. */
export function inferDateOrder(values: readonly string[]): DateOrder | 'ambiguous' | null {
  let sawSlashed = false;
  for (const v of values) {
    const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v.trim());
    if (!m) continue;
    sawSlashed = true;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return sawSlashed ? 'ambiguous' : null;
}
