/**
 * The classification schemes and their classes, and the class keys every host speaks (CLI, saved segments, URLs):
 * `abc:A`, `rfm:important_value` (`rfm:none` for no purchase in the period), `frequency:zero`, `value:core`,
 * `lifecycle:decline`, `risk:C3`.
 */
export const SCHEMES = ['abc', 'rfm', 'frequency', 'value', 'lifecycle', 'risk'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

/**
 * The eight groups Chinese branches are taught (R, F and M each high or low against the average), and `none` for a
 * customer who bought nothing in the period. 重要价值 R↑F↑M↑, 重要发展 R↑F↓M↑, 重要保持 R↓F↑M↑, 重要挽留 R↓F↓M↑,
 * 一般价值 R↑F↑M↓, 一般发展 R↑F↓M↓, 一般保持 R↓F↑M↓, 一般挽留 R↓F↓M↓ (R high: bought recently).
 */
export const RFM_GROUPS = [
  'important_value',
  'important_development',
  'important_retention',
  'important_winback',
  'general_value',
  'general_development',
  'general_retention',
  'general_winback',
  'none',
] as const;
export type RfmGroup = (typeof RFM_GROUPS)[number];

const FREQUENCY_CLASSES = ['high', 'low', 'zero'] as const;
export type FrequencyClass = (typeof FREQUENCY_CLASSES)[number];

const VALUE_CLASSES = ['core', 'potential', 'general'] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

const LIFECYCLE_STAGES = ['exploration', 'formation', 'stable', 'decline'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Risk tolerance C1 保守型 … C5 进取型 (products are rated R1 … R5 on the same scale: shared/products). */
export const RISK_LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;

export const CLASSES: { readonly [S in Scheme]: readonly string[] } = {
  abc: ABC_CLASSES,
  rfm: RFM_GROUPS,
  frequency: FREQUENCY_CLASSES,
  value: VALUE_CLASSES,
  lifecycle: LIFECYCLE_STAGES,
  risk: RISK_LEVELS,
};

/** `scheme:class`, e.g. `abc:A`. */
export type ClassKey = `${Scheme}:${string}`;

export interface ParsedClassKey {
  readonly scheme: Scheme;
  readonly value: string;
}

/** The scheme and class of a key, or null when either is unknown (`abc:D`, `size:big`). Case of the class kept. */
export function parseClassKey(key: string): ParsedClassKey | null {
  const at = key.indexOf(':');
  if (at < 0) return null;
  const scheme = key.slice(0, at) as Scheme;
  const value = key.slice(at + 1);
  if (!(SCHEMES as readonly string[]).includes(scheme)) return null;
  return CLASSES[scheme].includes(value) ? { scheme, value } : null;
}

export const isClassKey = (key: string): key is ClassKey => parseClassKey(key) !== null;

const classKey = (scheme: Scheme, value: string): ClassKey => `${scheme}:${value}`;

/** Every class key, scheme by scheme in the order above. */
export const ALL_CLASS_KEYS: readonly ClassKey[] = SCHEMES.flatMap((s) => CLASSES[s].map((c) => classKey(s, c)));
