/**
 * The list's class and purchase filters in the address (`?class=abc:A&class=rfm:none&rMin=4&risk=expired…`), so a
 * link (a chart's bar, a pinned segment) opens the list filtered, and Back returns to it.
 */
import type { z } from 'zod';
import {
  RISK_FILTERS,
  type customerFilter,
  type RiskFilter,
  type SegmentFilterKey,
} from '../../../shared/customers/schemas';
import { isClassKey } from '../../../shared/segments/classes';

export interface SegmentParams {
  readonly classes: readonly string[];
  readonly rMin: number | null;
  readonly rMax: number | null;
  readonly fMin: number | null;
  readonly fMax: number | null;
  readonly mMin: number | null;
  readonly mMax: number | null;
  readonly lastPurchaseAfter: string | null;
  readonly lastPurchaseBefore: string | null;
  /** Cents. */
  readonly spendMin: number | null;
  readonly spendMax: number | null;
  readonly bought: string | null;
  readonly notBought: string | null;
  readonly risk: readonly RiskFilter[];
  readonly birthdayWithin: number | null;
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly segmentId: string | null;
}

export const NO_SEGMENT_PARAMS: SegmentParams = {
  classes: [],
  rMin: null,
  rMax: null,
  fMin: null,
  fMax: null,
  mMin: null,
  mMax: null,
  lastPurchaseAfter: null,
  lastPurchaseBefore: null,
  spendMin: null,
  spendMax: null,
  bought: null,
  notBought: null,
  risk: [],
  birthdayWithin: null,
  fields: [],
  segmentId: null,
};

type NumberKey = 'rMin' | 'rMax' | 'fMin' | 'fMax' | 'mMin' | 'mMax' | 'spendMin' | 'spendMax' | 'birthdayWithin';
type TextKey = 'lastPurchaseAfter' | 'lastPurchaseBefore' | 'bought' | 'notBought' | 'segmentId';

/** Each scalar filter's name in the address. */
const NUMBERS: Readonly<Record<NumberKey, string>> = {
  rMin: 'rMin',
  rMax: 'rMax',
  fMin: 'fMin',
  fMax: 'fMax',
  mMin: 'mMin',
  mMax: 'mMax',
  spendMin: 'spendMin',
  spendMax: 'spendMax',
  birthdayWithin: 'birthday',
};
const TEXTS: Readonly<Record<TextKey, string>> = {
  lastPurchaseAfter: 'lastAfter',
  lastPurchaseBefore: 'lastBefore',
  bought: 'bought',
  notBought: 'notBought',
  segmentId: 'segment',
};

/** Every address name these filters use, for clearing them. */
export const SEGMENT_PARAM_NAMES: readonly string[] = [
  'class',
  'risk',
  'field',
  ...Object.values(NUMBERS),
  ...Object.values(TEXTS),
];

const whole = (raw: string | null): number | null => {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
};

export function readSegmentParams(search: URLSearchParams): SegmentParams {
  const out: Record<string, unknown> = { ...NO_SEGMENT_PARAMS };
  for (const [key, name] of Object.entries(NUMBERS)) out[key] = whole(search.get(name));
  for (const [key, name] of Object.entries(TEXTS)) out[key] = search.get(name) || null;
  out.classes = [...new Set(search.getAll('class').filter((key) => isClassKey(key)))];
  out.risk = [...new Set(search.getAll('risk'))].filter((r): r is RiskFilter =>
    (RISK_FILTERS as readonly string[]).includes(r),
  );
  out.fields = search
    .getAll('field')
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? { name: pair.trim(), value: '' } : { name: pair.slice(0, at).trim(), value: pair.slice(at + 1) };
    })
    .filter((f) => f.name !== '');
  return out as unknown as SegmentParams;
}

/** The address changes that show these filters (every one of them written, so the old ones go). */
export function segmentParamChanges(p: SegmentParams): Record<string, string | readonly string[] | null> {
  const changes: Record<string, string | readonly string[] | null> = {
    class: p.classes,
    risk: p.risk,
    field: p.fields.map((f) => (f.value ? `${f.name}=${f.value}` : f.name)),
  };
  for (const [key, name] of Object.entries(NUMBERS)) {
    const v = p[key as NumberKey];
    changes[name] = v === null ? null : String(v);
  }
  for (const [key, name] of Object.entries(TEXTS)) changes[name] = p[key as TextKey];
  return changes;
}

/** How many of these filters are set (a class, a risk level and a field each count once). */
export function segmentParamCount(p: SegmentParams): number {
  let n = p.classes.length + p.risk.length + p.fields.length;
  for (const key of [...Object.keys(NUMBERS), ...Object.keys(TEXTS)])
    if (p[key as NumberKey | TextKey] !== null) n += 1;
  return n;
}

export type SegmentFilterInput = Partial<Pick<z.output<typeof customerFilter>, SegmentFilterKey>>;

/** The filters as the core reads them: only those set. */
export function segmentFilterOf(p: SegmentParams): SegmentFilterInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p))
    if (Array.isArray(value) ? value.length > 0 : value !== null) out[key] = value;
  return out as SegmentFilterInput;
}

/** A filter's class and purchase parts (a campaign's selection) as the chips and the panel show them. */
export function segmentParamsOf(filter: Readonly<Partial<Record<keyof SegmentParams, unknown>>>): SegmentParams {
  const out: Record<string, unknown> = { ...NO_SEGMENT_PARAMS };
  for (const key of Object.keys(NO_SEGMENT_PARAMS)) {
    const v = filter[key as keyof SegmentParams];
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out as unknown as SegmentParams;
}

/** The class and purchase filters as a filter's fields, each one written (so a removed one is cleared). */
export const segmentFields = (p: SegmentParams) => ({
  ...p,
  classes: [...p.classes],
  risk: [...p.risk],
  fields: p.fields.map((f) => ({ ...f })),
});
