import { afterEach, describe, expect, it } from 'vitest';
import {
  formatPhone,
  maskPhone,
  normalisePhone,
  phoneDigits,
  setDefaultPhoneRegion,
  DEFAULT_PHONE_REGION,
} from '../../../shared/rules/index';
import { parseCustomer } from '../../../shared/customers/schemas';
import { contactInput } from '../../../shared/contacts/schemas';

const international = (value: string) => ({ ok: true, value, kind: 'international' });

describe('normalisePhone: Hong Kong, Macau, Taiwan and abroad', () => {
  it.each([
    ['+852 9123 4567', '+85291234567'],
    ['+853 6612 3456', '+85366123456'],
    ['+886 912 345 678', '+886912345678'],
    ['00852 9123 4567', '+85291234567'],
    ['00852-2123-4567', '+85221234567'],
    ['(852) 2123 4567', '+85221234567'],
    ['852 9123 4567', '+85291234567'],
    ['886 912 345 678', '+886912345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['（８５２）２１２３　４５６７', '+85221234567'],
  ])('%s → %s', (input, value) => {
    expect(normalisePhone(input)).toEqual(international(value));
  });

  it('keeps an extension after the number, as RFC 3966 writes it', () => {
    expect(normalisePhone('+1-439-171-1846x4636')).toEqual(international('+14391711846;ext=4636'));
    expect(normalisePhone('+44 20 7946 0958 ext. 12')).toEqual(international('+442079460958;ext=12'));
    expect(normalisePhone('001-808-617-6467x12895')).toEqual(international('+18086176467;ext=12895'));
  });

  it('reads a stored number back as itself, so exports import again unchanged', () => {
    for (const stored of ['+14391711846;ext=4636', '+10278463705;ext=14184', '+85291234567', '+886912345678']) {
      expect(normalisePhone(stored)).toEqual(international(stored));
    }
  });

  it('keeps a number whose length fits its country even when no carrier has it yet', () => {
    // 439 is no area code in use and exchanges never start with 1: lists from other systems hold such numbers.
    expect(normalisePhone('+1 439 171 1846')).toEqual(international('+14391711846'));
  });

  it('refuses a country code that does not exist and a length that fits no number there', () => {
    expect(normalisePhone('+999 1234 5678')).toEqual({ ok: false, code: 'phone.invalid' });
    expect(normalisePhone('+852 9123')).toEqual({ ok: false, code: 'phone.tooShort' });
    expect(normalisePhone('+852 9123 4567 8901 23')).toEqual({ ok: false, code: 'phone.tooLong' });
    expect(normalisePhone('+1-439-171-1846x12345678')).toEqual({ ok: false, code: 'phone.invalid' });
  });

  it.each([['abc123'], ['n/a'], ['12345'], ['9123 4567'], ['86 9123 4567']])('%s is no phone anywhere', (input) => {
    expect(normalisePhone(input).ok).toBe(false);
  });
});

describe('normalisePhone: North American numbers without +1 in a CN list', () => {
  it.each([
    // Written the North American way: 3-3-4 groups, with dots, dashes, spaces or (area code), perhaps after 1-.
    ['027.846.3705x14184', '+10278463705;ext=14184'],
    ['027.846.3705', '+10278463705'],
    ['(496)978-3969x58947', '+14969783969;ext=58947'],
    ['(212) 555-0123', '+12125550123'],
    ['530-578-9946', '+15305789946'],
    ['554.252.7327 x 211', '+15542527327;ext=211'],
    ['1-312-555-0123', '+13125550123'],
    // Ten digits in one run before an x extension.
    ['0278463705x14184', '+10278463705;ext=14184'],
    // Ten bare digits from 2–9 on: no mainland number starts so.
    ['5153435776', '+15153435776'],
  ])('%s → %s', (input, value) => {
    expect(normalisePhone(input)).toEqual(international(value));
  });

  it.each([
    // Ten ungrouped digits from 0 on are a mainland area code and a 7-digit number, as they always were.
    ['0278463705', '027-8463705', 'landline'],
    ['027-8463705', '027-8463705', 'landline'],
    ['027-84637051', '027-84637051', 'landline'],
    // 11 digits: a mainland landline with its extension, however it is written.
    ['010-12345678x123', '010-12345678-123', 'landline'],
    // A mainland mobile groups 3-4-4; 1 + ten digits in one run is a mainland mobile.
    ['138.1234.5678', '13812345678', 'mobile'],
    ['13125550123', '13125550123', 'mobile'],
  ])('stays mainland: %s → %s', (input, value, kind) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value, kind });
  });
});

describe('normalisePhone: the default region', () => {
  afterEach(() => setDefaultPhoneRegion(DEFAULT_PHONE_REGION));

  it('reads a number without country code in the region given', () => {
    expect(normalisePhone('9123 4567', 'HK')).toEqual(international('+85291234567'));
    expect(normalisePhone('2123 4567', 'HK')).toEqual(international('+85221234567'));
    expect(normalisePhone('0912 345 678', 'TW')).toEqual(international('+886912345678'));
    expect(normalisePhone('020 7946 0958', 'GB')).toEqual(international('+442079460958'));
    expect(normalisePhone('(212) 555-0123', 'US')).toEqual(international('+12125550123'));
  });

  it('still reads mainland mobiles, and landlines that are no number of the region, by the mainland rules', () => {
    expect(normalisePhone('138 1234 5678', 'HK')).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
    expect(normalisePhone('010-12345678', 'US')).toEqual({ ok: true, value: '010-12345678', kind: 'landline' });
    expect(normalisePhone('0755-88887777', 'TW')).toEqual({ ok: true, value: '0755-88887777', kind: 'landline' });
  });

  it('reads a trunk-0 number as the region’s own when the region has it (CN reads it as mainland)', () => {
    expect(normalisePhone('02 2345 6789', 'TW')).toEqual(international('+886223456789'));
    expect(normalisePhone('02 2345 6789', 'CN')).toEqual({ ok: true, value: '022-3456789', kind: 'landline' });
    expect(normalisePhone('020 7946 0958', 'CN')).toEqual({ ok: true, value: '020-79460958', kind: 'landline' });
  });

  it('is CN unless set: then every reader without a region uses the setting', () => {
    expect(normalisePhone('9123 4567').ok).toBe(false);
    setDefaultPhoneRegion('HK');
    expect(normalisePhone('9123 4567')).toEqual(international('+85291234567'));
    expect(parseCustomer({ kind: 'person', name: '陈家明', mobile: '9123 4567' })).toMatchObject({
      success: true,
      data: { mobile: '+85291234567' },
    });
  });
});

describe('foreign numbers in the customer and contact fields', () => {
  it('accepts a foreign mobile, and a foreign number with extension, in the mobile field', () => {
    const r = parseCustomer({
      kind: 'person',
      name: 'Emily Chen',
      mobile: '+852 9123 4567',
      phone: '+1-439-171-1846x4636',
    });
    expect(r).toMatchObject({ success: true, data: { mobile: '+85291234567', phone: '+14391711846;ext=4636' } });
    const us = parseCustomer({ kind: 'person', name: 'Brian Lee', mobile: '+1-439-171-1846x4636' });
    expect(us).toMatchObject({ success: true, data: { mobile: '+14391711846;ext=4636' } });
  });

  it('still refuses a mainland landline as the mobile', () => {
    expect(parseCustomer({ kind: 'person', name: '王芳', mobile: '010-12345678' })).toMatchObject({
      success: false,
      issues: [{ path: ['mobile'], message: 'phone.notMobile' }],
    });
  });

  it('stores a contact’s Taiwan mobile in E.164', () => {
    const contact = contactInput.parse({
      customerId: '01890a5d-ac96-774b-bcce-b302099a8057',
      name: '林志豪',
      mobile: '+886 912 345 678',
    });
    expect(contact.mobile).toBe('+886912345678');
  });
});

describe('foreign numbers for search, masks and people', () => {
  it('gives the digits a search meets, with or without the extension', () => {
    const digits = phoneDigits('+14391711846;ext=4636');
    expect(digits).toContain(phoneDigits('439-171-1846'));
    expect(digits).toBe(phoneDigits('+1-439-171-1846x4636'));
    expect(phoneDigits('+85291234567')).toContain(phoneDigits('9123 4567'));
  });

  it('masks the number and leaves the extension', () => {
    expect(maskPhone('+14391711846;ext=4636')).toBe('+*******1846;ext=4636');
  });

  it.each([
    ['+14391711846;ext=4636', 'CN', '+1 439 171 1846 ext. 4636'],
    ['+85291234567', 'CN', '+852 9123 4567'],
    ['+85291234567', 'HK', '9123 4567'],
    ['+12125550123', 'US', '(212) 555-0123'],
    ['13812345678', 'CN', '13812345678'],
    ['010-12345678-123', 'CN', '010-12345678-123'],
    ['13812345678', 'HK', '+86 138 1234 5678'],
    ['010-12345678-123', 'HK', '+86 10 1234 5678 ext. 123'],
  ] as const)('formats %s for a %s desk as %s', (stored, region, shown) => {
    expect(formatPhone(stored, region)).toBe(shown);
  });
});
