import { describe, it, expect } from 'vitest';
import { maskPhone, normalisePhone, phoneDigits, toHalfWidth } from '../../../shared/rules/phone';

describe('toHalfWidth', () => {
  it('turns IME full-width digits, letters, signs and the ideographic space into ASCII', () => {
    expect(toHalfWidth('＋８６　１３８（０１０）－ＡＢｃ')).toBe('+86 138(010)-ABc');
  });

  it('leaves Chinese characters and ASCII alone', () => {
    expect(toHalfWidth('张三 138-1234 转')).toBe('张三 138-1234 转');
  });
});

describe('normalisePhone: mainland mobiles', () => {
  it.each([
    ['13812345678'],
    ['138 1234 5678'],
    ['138-1234-5678'],
    ['138.1234.5678'],
    ['+86 138 1234 5678'],
    ['+86-138-1234-5678'],
    ['(+86) 13812345678'],
    ['0086-13812345678'],
    ['0086 138 1234 5678'],
    ['8613812345678'],
    ['８６１３８１２３４５６７８'],
    ['１３８１２３４５６７８'],
    ['１３８\u3000１２３４\u3000５６７８'],
    ['  13812345678  '],
  ])('%s → 13812345678', (input) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
  });

  it('accepts every mobile prefix from 13x to 19x', () => {
    for (const prefix of ['130', '145', '159', '166', '177', '186', '199']) {
      expect(normalisePhone(`${prefix}00001111`)).toMatchObject({ ok: true, kind: 'mobile' });
    }
  });

  it('reports a number that is too short or too long', () => {
    expect(normalisePhone('1381234')).toEqual({ ok: false, code: 'phone.tooShort' });
    expect(normalisePhone('+86 138 1234 567')).toEqual({ ok: false, code: 'phone.tooShort' });
    expect(normalisePhone('138123456789')).toEqual({ ok: false, code: 'phone.tooLong' });
    expect(normalisePhone('+86 138 1234 56789')).toEqual({ ok: false, code: 'phone.tooLong' });
  });

  it('rejects 11 digits that are not a mobile number', () => {
    expect(normalisePhone('12345678901')).toEqual({ ok: false, code: 'phone.invalid' });
    expect(normalisePhone('11012345678')).toEqual({ ok: false, code: 'phone.invalid' });
  });

  it('does not allow an extension on a mobile', () => {
    expect(normalisePhone('13812345678 转 8')).toEqual({ ok: false, code: 'phone.invalid' });
  });
});

describe('normalisePhone: landlines', () => {
  it.each([
    ['010-12345678', '010-12345678'],
    ['(010) 1234-5678', '010-12345678'],
    ['（０１０）１２３４５６７８', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['+86 10 1234 5678', '010-12345678'],
    ['+86 (0)10 1234 5678', '010-12345678'],
    ['0086 10 12345678', '010-12345678'],
    ['021 6888 9999', '021-68889999'],
    ['+86 21 6888 9999', '021-68889999'],
    ['0755-88887777', '0755-88887777'],
    ['0755 8888 7777', '0755-88887777'],
    ['0755-8888777', '0755-8888777'],
    ['+86 755 8888 7777', '0755-88887777'],
    ['0571/8765 4321', '0571-87654321'],
  ])('%s → %s', (input, value) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value, kind: 'landline' });
  });

  it.each([
    ['010 12345678 转 123', '010-12345678-123'],
    ['010-12345678转123', '010-12345678-123'],
    ['010-12345678 ext. 123', '010-12345678-123'],
    ['010-12345678 EXT 123', '010-12345678-123'],
    ['010-12345678x123', '010-12345678-123'],
    ['010-12345678#123', '010-12345678-123'],
    ['010-12345678-123', '010-12345678-123'],
    ['0755-8888777-8001', '0755-8888777-8001'],
    ['+86 10 1234 5678 转 6', '010-12345678-6'],
    ['０１０－１２３４５６７８　转　１２３', '010-12345678-123'],
  ])('keeps the extension: %s → %s', (input, value) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value, kind: 'landline' });
  });

  it('reports a local part shorter than 7 or longer than 8 digits', () => {
    expect(normalisePhone('010-123456')).toEqual({ ok: false, code: 'phone.tooShort' });
    expect(normalisePhone('0755-888877')).toEqual({ ok: false, code: 'phone.tooShort' });
    expect(normalisePhone('010-123456789')).toEqual({ ok: false, code: 'phone.tooLong' });
  });

  it('rejects a local number without area code', () => {
    expect(normalisePhone('88887777')).toEqual({ ok: false, code: 'phone.invalid' });
  });
});

describe('normalisePhone: international', () => {
  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+1 (212) 555-0123', '+12125550123'],
    ['+852 2123 4567', '+85221234567'],
    ['＋８５２ ２１２３ ４５６７', '+85221234567'],
  ])('%s → %s', (input, value) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value, kind: 'international' });
  });

  it('needs 8 to 15 digits after the +', () => {
    expect(normalisePhone('+44 2079')).toEqual({ ok: false, code: 'phone.tooShort' });
    expect(normalisePhone('+44 2079 4609 5812 34')).toEqual({ ok: false, code: 'phone.tooLong' });
  });
});

describe('normalisePhone: garbage', () => {
  it.each([[''], ['   '], ['\u3000']])('%j is empty', (input) => {
    expect(normalisePhone(input)).toEqual({ ok: false, code: 'phone.empty' });
  });

  it.each([['138abc45678'], ['tel: 13812345678'], ['138+12345678'], ['---'], ['张三']])('%s is invalid', (input) => {
    expect(normalisePhone(input)).toEqual({ ok: false, code: 'phone.invalid' });
  });
});

describe('phoneDigits', () => {
  it.each([
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['８６１３８１２３４５６７８', '13812345678'],
    ['1234 56', '123456'],
    ['(010) 1234-5678', '01012345678'],
    ['5678', '5678'],
  ])('%s → %s', (input, digits) => {
    expect(phoneDigits(input)).toBe(digits);
  });

  it('finds a stored mobile whatever format was typed', () => {
    const stored = normalisePhone('+86 138 1234 5678');
    expect(stored.ok && stored.value).toBe(phoneDigits('138-1234-5678'));
  });
});

describe('maskPhone', () => {
  it('hides the middle of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps the area code of a landline', () => {
    expect(maskPhone('010-12345678')).toBe('010-****5678');
    expect(maskPhone('0755-8888777')).toBe('0755-***8777');
    expect(maskPhone('010-12345678-123')).toBe('010-****5678-123');
  });

  it('shows only the last four digits of anything else', () => {
    expect(maskPhone('+442079460958')).toBe('+********0958');
    expect(maskPhone('123456')).toBe('**3456');
    expect(maskPhone('5678')).toBe('5678');
  });
});
