import { describe, it, expect } from 'vitest';
import { maskResidentId, residentIdCheckChar, validateResidentId } from '../../../shared/rules/resident-id';

/** A well-formed ID for the given region, birth date (YYYYMMDD) and 3-digit sequence. */
const build = (region: string, birth: string, sequence: string): string => {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
};

const PUBLISHED_SAMPLE = '11010519491231002X';

describe('residentIdCheckChar', () => {
  it('computes the MOD 11-2 check character of the published sample', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('yields a digit or X', () => {
    for (let seq = 0; seq < 100; seq += 1) {
      expect(residentIdCheckChar(`44030419900101${String(seq).padStart(3, '0')}`)).toMatch(/^[0-9X]$/);
    }
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateResidentId', () => {
  it('accepts the published sample and reads birth date and gender from it', () => {
    expect(validateResidentId(PUBLISHED_SAMPLE)).toEqual({
      ok: true,
      value: PUBLISHED_SAMPLE,
      birthDate: '1949-12-31',
      gender: 'female',
    });
  });

  it('reads gender from the 17th digit: odd is male, even is female', () => {
    expect(validateResidentId(build('440304', '19900101', '123'))).toMatchObject({ ok: true, gender: 'male' });
    expect(validateResidentId(build('440304', '19900101', '124'))).toMatchObject({ ok: true, gender: 'female' });
  });

  it('accepts a lowercase x, spaces and full-width digits, and stores the canonical form', () => {
    expect(validateResidentId('11010519491231002x')).toMatchObject({ ok: true, value: PUBLISHED_SAMPLE });
    expect(validateResidentId(' 110105 19491231 002X ')).toMatchObject({ ok: true, value: PUBLISHED_SAMPLE });
    expect(validateResidentId('１１０１０５１９４９１２３１００２ｘ')).toMatchObject({
      ok: true,
      value: PUBLISHED_SAMPLE,
    });
  });

  it('rejects a wrong check digit', () => {
    expect(validateResidentId('110105194912310021')).toEqual({ ok: false, code: 'residentId.checkDigit' });
    const valid = build('310115', '19850615', '281');
    const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    expect(validateResidentId(wrong)).toEqual({ ok: false, code: 'residentId.checkDigit' });
  });

  it('catches a single mistyped digit', () => {
    expect(validateResidentId('11010519491231003X')).toEqual({ ok: false, code: 'residentId.checkDigit' });
  });

  it('knows leap days: 2000-02-29 exists, 1999-02-29 and 1900-02-29 do not', () => {
    expect(validateResidentId(build('440304', '20000229', '015'))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(validateResidentId(build('440304', '19990229', '015'))).toEqual({ ok: false, code: 'residentId.birthDate' });
    expect(validateResidentId(build('440304', '19000229', '015'))).toEqual({ ok: false, code: 'residentId.birthDate' });
  });

  it.each([['19901301'], ['19900100'], ['19900431'], ['18991231']])('rejects birth date %s', (birth) => {
    expect(validateResidentId(build('440304', birth, '015'))).toEqual({ ok: false, code: 'residentId.birthDate' });
  });

  it('rejects a birth date in the future but accepts one born today', () => {
    const now = new Date();
    const today = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
    expect(validateResidentId(build('440304', today, '015'))).toMatchObject({ ok: true });
    expect(validateResidentId(build('440304', `${now.getFullYear() + 1}0101`, '015'))).toEqual({
      ok: false,
      code: 'residentId.birthDate',
    });
  });

  it('reports the date before the check digit', () => {
    expect(validateResidentId('440304199902290150')).toEqual({ ok: false, code: 'residentId.birthDate' });
  });

  it('rejects an old 15-digit ID and other lengths as length errors', () => {
    expect(validateResidentId('110105491231002')).toEqual({ ok: false, code: 'residentId.length' });
    expect(validateResidentId('11010519491231002X1')).toEqual({ ok: false, code: 'residentId.length' });
    expect(validateResidentId('')).toEqual({ ok: false, code: 'residentId.length' });
  });

  it('rejects letters and an X anywhere but the end as format errors', () => {
    expect(validateResidentId('1101051949123100XX')).toEqual({ ok: false, code: 'residentId.format' });
    expect(validateResidentId('11010519491231002Y')).toEqual({ ok: false, code: 'residentId.format' });
    expect(validateResidentId('11010A19491231002X')).toEqual({ ok: false, code: 'residentId.format' });
  });
});

describe('maskResidentId', () => {
  it('keeps the region and the last four characters', () => {
    expect(maskResidentId(PUBLISHED_SAMPLE)).toBe('110105********002X');
  });

  it('shows only the last four of a short value', () => {
    expect(maskResidentId('12345678')).toBe('****5678');
  });
});
