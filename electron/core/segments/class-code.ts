/**
 * A customer's five classes and R and F scores as one number, stored with their classes (customer_segments.class_code,
 * migration 026): a staff member's overview groups their customers by it, an integer sorted far faster than seven
 * columns of text (overview.ts). Each class is its position in CLASSES and each score 1–5 (0 for none), in mixed
 * radix: abc first, f_score last. The positions are the stored codes' meaning: a class added to or moved in CLASSES
 * needs a migration that fills the column again from CLASS_CODE_SQL.
 */
import { CLASSES } from '../../../shared/segments/classes';
import { COMPUTED_SCHEMES, type ComputedScheme } from '../../../shared/segments/types';

export type CodedClasses = Readonly<Record<ComputedScheme, string>> & {
  readonly r: number | null;
  readonly f: number | null;
};

/** A score 1–5, or 0 for none. */
const SCORES = 6;

/** Each scheme's classes by position (a computation codes 100,000 customers). */
const POSITIONS = COMPUTED_SCHEMES.map((scheme) => new Map(CLASSES[scheme].map((c, i) => [c, i])));

/** The code of these classes and scores, or null when a class is not one of CLASSES (counted as none of them). */
export function classCode(c: CodedClasses): number | null {
  let code = 0;
  for (let s = 0; s < COMPUTED_SCHEMES.length; s++) {
    const index = POSITIONS[s]!.get(c[COMPUTED_SCHEMES[s]!]);
    if (index === undefined) return null;
    code = code * POSITIONS[s]!.size + index;
  }
  return (code * SCORES + (c.r ?? 0)) * SCORES + (c.f ?? 0);
}

export function decodeClassCode(code: number): CodedClasses {
  const f = code % SCORES;
  let rest = (code - f) / SCORES;
  const r = rest % SCORES;
  rest = (rest - r) / SCORES;
  const classes = {} as Record<ComputedScheme, string>;
  for (let s = COMPUTED_SCHEMES.length - 1; s >= 0; s--) {
    const scheme = COMPUTED_SCHEMES[s]!;
    const size = CLASSES[scheme].length;
    classes[scheme] = CLASSES[scheme][rest % size]!;
    rest = Math.floor(rest / size);
  }
  return { ...classes, r: r === 0 ? null : r, f: f === 0 ? null : f };
}

const CLASSES_SQL = COMPUTED_SCHEMES.reduce(
  (code, scheme) =>
    `(${code}) * ${CLASSES[scheme].length} + CASE ${scheme} ${CLASSES[scheme].map((c, i) => `WHEN '${c}' THEN ${i}`).join(' ')} END`,
  '0',
);

/** classCode in SQL, over a customer_segments row's columns (null for a class not in CLASSES, as there). */
export const CLASS_CODE_SQL = `((${CLASSES_SQL}) * ${SCORES} + COALESCE(r_score, 0)) * ${SCORES} + COALESCE(f_score, 0)`;
