/**
 * The ID documents beside the resident ID: each checked as what it is said to be. The valid numbers below were
 * worked out by hand (MOD 11-2 for the 18-digit ones, ICAO 7-3-1 for the 2004 permanent resident card).
 */
import { describe, expect, it } from 'vitest';
import { parseCustomer } from '../../../shared/customers/schemas';
import { machineReadableCheckDigit, validateIdDocument } from '../../../shared/rules/index';

const issuesOf = (input: unknown): [string, string][] => {
  const r = parseCustomer(input);
  return r.success ? [] : r.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the Hong Kong/Macau/Taiwan residence permit (港澳台居民居住证)', () => {
  it('takes 810000, 820000 and 830000 numbers with their check digit, and reads birth date and gender', () => {
    expect(validateIdDocument('residencePermit', '810000199001010019')).toEqual({
      ok: true,
      value: '810000199001010019',
      birthDate: '1990-01-01',
      gender: 'male',
    });
    expect(validateIdDocument('residencePermit', '82000019751224002x')).toMatchObject({
      ok: true,
      value: '82000019751224002X',
      gender: 'female',
    });
    expect(validateIdDocument('residencePermit', '8300 0020 0102 2800 33')).toMatchObject({
      ok: true,
      birthDate: '2001-02-28',
    });
  });

  it('refuses another prefix, a wrong check digit and a birth date that does not exist', () => {
    // A mainland resident ID is not a residence permit.
    expect(validateIdDocument('residencePermit', '11010519491231002X')).toEqual({
      ok: false,
      code: 'residencePermit.format',
    });
    expect(validateIdDocument('residencePermit', '810000199001010018')).toEqual({
      ok: false,
      code: 'residentId.checkDigit',
    });
    expect(validateIdDocument('residencePermit', '830000200102300030')).toEqual({
      ok: false,
      code: 'residentId.birthDate',
    });
    expect(validateIdDocument('residencePermit', '81000019900101001')).toEqual({
      ok: false,
      code: 'residencePermit.format',
    });
  });
});

describe('the foreign permanent resident ID (外国人永久居留身份证)', () => {
  it('takes the 2023 18-digit number with its check digit and reads birth date and gender', () => {
    expect(validateIdDocument('foreignPermanent', '911840198503150016')).toEqual({
      ok: true,
      value: '911840198503150016',
      birthDate: '1985-03-15',
      gender: 'male',
    });
    expect(validateIdDocument('foreignPermanent', '911840198503150024')).toMatchObject({ ok: true, gender: 'female' });
  });

  it('takes the older 15-character number with its ICAO check digit, without guessing the century', () => {
    expect(validateIdDocument('foreignPermanent', 'USA110085031511')).toEqual({
      ok: true,
      value: 'USA110085031511',
      birthDate: null,
      gender: null,
    });
    expect(validateIdDocument('foreignPermanent', 'gbr310002070944')).toMatchObject({
      ok: true,
      value: 'GBR310002070944',
    });
    expect(validateIdDocument('foreignPermanent', 'KAZ110090123105')).toMatchObject({ ok: true });
  });

  it('refuses a wrong check digit on either card, a wrong shape and a birth date that does not exist', () => {
    expect(validateIdDocument('foreignPermanent', '911840198503150017')).toEqual({
      ok: false,
      code: 'residentId.checkDigit',
    });
    expect(validateIdDocument('foreignPermanent', 'USA110085031512')).toEqual({
      ok: false,
      code: 'residentId.checkDigit',
    });
    expect(validateIdDocument('foreignPermanent', 'USA110085023110')).toEqual({
      ok: false,
      code: 'residentId.birthDate',
    });
    for (const wrong of ['US1110085031511', '811840198503150016', 'USA11008503151'])
      expect(validateIdDocument('foreignPermanent', wrong), wrong).toEqual({
        ok: false,
        code: 'foreignPermanent.format',
      });
  });

  it('computes the ICAO check digit with letters as 10 to 35', () => {
    // U=30 S=28 A=10 then 1100850315 1, weights 7 3 1: 210+84+10+7+3+0+0+24+5+0+9+1+35+3 = 391.
    expect(machineReadableCheckDigit('USA11008503151')).toBe('1');
  });
});

describe('the travel permits and passports', () => {
  it('take a home return permit (回乡证): H or M and 8 digits, or 10 on older permits', () => {
    for (const ok of ['H12345678', 'M87654321', 'h1234567801', 'Ｈ１２３４５６７８'])
      expect(validateIdDocument('hkMacauPermit', ok), ok).toMatchObject({ ok: true });
    for (const wrong of ['C12345678', 'H1234567', 'H123456789', '12345678'])
      expect(validateIdDocument('hkMacauPermit', wrong), wrong).toEqual({ ok: false, code: 'hkMacauPermit.format' });
  });

  it('take a Taiwan compatriot permit (台胞证): 8 digits, or 10 with a letter in brackets on older permits', () => {
    for (const ok of ['12345678', '1234567890', '1234567890(B)', '1234 5678'])
      expect(validateIdDocument('taiwanPermit', ok), ok).toMatchObject({ ok: true });
    for (const wrong of ['1234567', 'T1234567', '123456789'])
      expect(validateIdDocument('taiwanPermit', wrong), wrong).toEqual({ ok: false, code: 'taiwanPermit.format' });
  });

  it('take passports of any country and refuse what cannot be one', () => {
    for (const ok of ['E12345678', 'EA1234567', 'g 2345 6789', '533380006', 'X00123456'])
      expect(validateIdDocument('passport', ok), ok).toMatchObject({ ok: true });
    expect(validateIdDocument('passport', 'g 2345 6789')).toMatchObject({ value: 'G23456789' });
    for (const wrong of ['E123', 'ABCDEFGHI', 'E1234-5678', '护照12345'])
      expect(validateIdDocument('passport', wrong), wrong).toEqual({ ok: false, code: 'passport.format' });
  });
});

describe('a customer with an ID document', () => {
  it('stores the type beside the number, and a residence permit fills birth date and gender', () => {
    const r = parseCustomer({
      kind: 'person',
      name: '陈美玲',
      idType: 'residencePermit',
      idNumber: '82000019751224002X',
    });
    expect(r.success && r.data).toMatchObject({
      idType: 'residencePermit',
      idNumber: '82000019751224002X',
      birthDate: '1975-12-24',
      gender: 'female',
    });
    const p = parseCustomer({ kind: 'person', name: 'Sheryl Baxter', idType: 'passport', idNumber: '533380006' });
    expect(p.success && p.data).toMatchObject({ idType: 'passport', idNumber: '533380006', birthDate: null });
  });

  it('reads a number without a type as the kind’s own document, and keeps no type without a number', () => {
    const person = parseCustomer({ kind: 'person', name: '张三', idNumber: '11010519491231002X' });
    expect(person.success && person.data.idType).toBe('residentId');
    const company = parseCustomer({ kind: 'company', name: '福州恒达机械有限公司', idNumber: '91350100M000100Y43' });
    expect(company.success && company.data.idType).toBe('creditCode');
    expect(issuesOf({ kind: 'person', name: '张三', idType: 'passport', idNumber: '' })).toEqual([]);
    const none = parseCustomer({ kind: 'person', name: '张三', idType: 'passport', idNumber: '' });
    expect(none.success && none.data.idType).toBeNull();
  });

  it('checks the number as the document chosen, on the number field', () => {
    // A valid home return permit is no passport of another shape, and a passport number is no resident ID.
    expect(issuesOf({ kind: 'person', name: '李嘉欣', idType: 'hkMacauPermit', idNumber: '1234567' })).toEqual([
      ['idNumber', 'hkMacauPermit.format'],
    ]);
    expect(issuesOf({ kind: 'person', name: 'Sheryl Baxter', idNumber: 'E12345678' })).toEqual([
      ['idNumber', 'residentId.length'],
    ]);
    expect(issuesOf({ kind: 'person', name: '王五', idType: 'licence', idNumber: 'E12345678' })).toEqual([
      ['idType', 'field.invalid'],
    ]);
  });

  it('refuses a person’s document for a company and a credit code for a person, on the type field', () => {
    expect(issuesOf({ kind: 'company', name: 'Rasmussen Group', idType: 'passport', idNumber: 'E12345678' })).toEqual([
      ['idType', 'idType.person'],
    ]);
    expect(issuesOf({ kind: 'person', name: '张三', idType: 'creditCode', idNumber: '11010519491231002X' })).toEqual([
      ['idType', 'idType.company'],
    ]);
  });
});
