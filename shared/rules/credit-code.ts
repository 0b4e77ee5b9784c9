/** Unified social credit code (统一社会信用代码), GB 32100-2015: 17 characters + 1 check character. */
import { toHalfWidth } from './phone';

type CreditCodeErrorCode = 'creditCode.length' | 'creditCode.format' | 'creditCode.checkChar';

export type CreditCodeResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: CreditCodeErrorCode };

const LENGTH = 18;
// I, O, Z, S and V are left out because they are easily mistaken for 1, 0, 2, 5 and U.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MODULUS = CHARSET.length;
const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== WEIGHTS.length)
    throw new RangeError(`creditCodeCheckChar needs 17 characters, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    const v = CHARSET.indexOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`"${first17.charAt(i)}" is not allowed in a credit code`);
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const c = MODULUS - (sum % MODULUS);
  return CHARSET.charAt(c === MODULUS ? 0 : c);
}

export function validateCreditCode(raw: string): CreditCodeResult {
  const value = toHalfWidth(raw).trim().toUpperCase();
  if (value.length !== LENGTH) return { ok: false, code: 'creditCode.length' };
  for (const ch of value) if (!CHARSET.includes(ch)) return { ok: false, code: 'creditCode.format' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, code: 'creditCode.checkChar' };
  return { ok: true, value };
}
