import { describe, it, expect } from 'vitest';
import { creditCodeCheckChar, validateCreditCode } from '../../../shared/rules/credit-code';

const SAMPLE = '91350100M000100Y43';

describe('creditCodeCheckChar', () => {
  it('computes the check character of the published sample', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('maps a remainder of 0 to the character 0', () => {
    // A weighted sum of 0 gives c = 31 − 0 = 31, which wraps to 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses characters outside the charset and the wrong length', () => {
    expect(() => creditCodeCheckChar('91350100M000100O4')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  it('accepts the published sample', () => {
    expect(validateCreditCode(SAMPLE)).toEqual({ ok: true, value: SAMPLE });
  });

  it('accepts a code built with the check character', () => {
    const first17 = '91440300MA5ERJKE1';
    expect(validateCreditCode(first17 + creditCodeCheckChar(first17))).toMatchObject({ ok: true });
  });

  it('trims, uppercases and converts full-width input', () => {
    expect(validateCreditCode('  91350100m000100y43 ')).toEqual({ ok: true, value: SAMPLE });
    expect(validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ ok: true, value: SAMPLE });
  });

  it('rejects a flipped character as a check failure', () => {
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, code: 'creditCode.checkChar' });
    expect(validateCreditCode('91350100M000200Y43')).toEqual({ ok: false, code: 'creditCode.checkChar' });
  });

  it.each([['O'], ['I'], ['Z'], ['S'], ['V']])('rejects the ambiguous letter %s as a format error', (letter) => {
    expect(validateCreditCode(`91350100M000100${letter}43`)).toEqual({ ok: false, code: 'creditCode.format' });
  });

  it('rejects punctuation as a format error', () => {
    expect(validateCreditCode('91350100-000100Y43')).toEqual({ ok: false, code: 'creditCode.format' });
  });

  it('rejects a wrong length, such as an old 15-digit registration number', () => {
    expect(validateCreditCode('350100400001234')).toEqual({ ok: false, code: 'creditCode.length' });
    expect(validateCreditCode('91350100M000100Y433')).toEqual({ ok: false, code: 'creditCode.length' });
    expect(validateCreditCode('')).toEqual({ ok: false, code: 'creditCode.length' });
  });
});
