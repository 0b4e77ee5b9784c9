/**
 * The customer rules (`parseCustomer`), which the form, the handlers (through zod) and every imported row share:
 * values stored normalised, and each problem on the field the user has to fix.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { customerInput, parseCustomer } from '../../../shared/customers/schemas';
import { isRealDate } from '../../../shared/fields';
import { isCalendarDay, localDate, residentIdCheckChar, utcToday } from '../../../shared/rules/index';

const first17 = '33010619850612004';
const ID = first17 + residentIdCheckChar(first17);

afterEach(() => {
  vi.useRealTimers();
});

const issuesOf = (input: unknown): [string, string][] => {
  const r = parseCustomer(input);
  return r.success ? [] : r.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('parseCustomer', () => {
  it('stores what the counter typed, normalised: phones, e-mail, trimmed text, the ID filling birth date and gender', () => {
    const r = parseCustomer({
      kind: 'person',
      name: '  陈静 ',
      mobile: '+86 138-0013-8000',
      phone: '（0571）8888 6666',
      email: ' Chen.Jing@Example.COM ',
      employer: ' 杭州银行 ',
      idNumber: ` ${ID.toLowerCase()} `,
      tags: ['VIP', ' VIP ', '理财'],
      customFields: { ' 微信号 ': ' chenjing_85 ', 开户网点: '  ' },
      unknownField: 'dropped',
    });
    expect(r.success && r.data).toEqual({
      kind: 'person',
      name: '陈静',
      gender: 'female',
      birthDate: '1985-06-12',
      mobile: '13800138000',
      phone: '0571-88886666',
      email: 'Chen.Jing@example.com',
      address: null,
      region: null,
      employer: '杭州银行',
      position: null,
      nationality: null,
      maritalStatus: null,
      source: null,
      idType: 'residentId',
      idNumber: ID,
      industry: null,
      headcount: null,
      ownerId: null,
      notes: null,
      tags: ['VIP', '理财'],
      customFields: { 微信号: 'chenjing_85' },
    });
  });

  it('puts every problem on its own field, tags and custom fields by item', () => {
    expect(
      issuesOf({
        kind: 'person',
        name: '   ',
        mobile: '010-62345678',
        birthDate: '2023-02-29',
        headcount: -3,
        tags: ['VIP', '', 'x'.repeat(31)],
        customFields: { 备注: 'x'.repeat(1001), '': 'orphan' },
      }),
    ).toEqual([
      ['name', 'name.required'],
      ['birthDate', 'date.invalid'],
      ['mobile', 'phone.notMobile'],
      ['headcount', 'number.invalid'],
      ['tags.1', 'tag.empty'],
      ['tags.2', 'text.tooLong'],
      ['customFields.备注', 'text.tooLong'],
      ['customFields.', 'field.invalid'],
    ]);
    expect(issuesOf({ kind: 'person', name: '王伟', tags: Array.from({ length: 51 }, (_, i) => `标签${i}`) })).toEqual([
      ['tags', 'tag.tooMany'],
    ]);
    expect(issuesOf({ kind: 'shop', name: 5, gender: '男' })).toEqual([
      ['kind', 'field.invalid'],
      ['name', 'field.invalid'],
      ['gender', 'field.invalid'],
    ]);
  });

  it('checks the ID number against the kind', () => {
    expect(issuesOf({ kind: 'person', name: '王伟', idNumber: first17 + 'Z' })).toEqual([
      ['idNumber', 'residentId.format'],
    ]);
    expect(issuesOf({ kind: 'company', name: '杭州某某有限公司', idNumber: ID })).toEqual([
      ['idNumber', 'creditCode.checkChar'],
    ]);
    // With the name missing too, both are reported at once.
    expect(issuesOf({ kind: 'person', name: '', idNumber: first17 + 'Z' })).toEqual([
      ['name', 'name.required'],
      ['idNumber', 'residentId.format'],
    ]);
    const filled = parseCustomer({
      kind: 'person',
      name: '王伟',
      idNumber: ID,
      gender: 'male',
      birthDate: '1985-06-13',
    });
    // What the user entered is kept; a contradiction is the import's to flag (import.birthDateMismatch).
    expect(filled.success && [filled.data.gender, filled.data.birthDate]).toEqual(['male', '1985-06-13']);
  });

  it('reports a wrong check digit together with the other problems on the first submit', () => {
    const wrongCheck = first17 + (residentIdCheckChar(first17) === '1' ? '2' : '1');
    expect(
      issuesOf({
        kind: 'person',
        name: '李娜',
        mobile: '1380013800',
        email: 'li.na@example.com',
        idNumber: wrongCheck,
      }),
    ).toEqual([
      ['mobile', 'phone.tooShort'],
      ['idNumber', 'residentId.checkDigit'],
    ]);
    // The form's resolver (zod, issues by path) puts both next to their fields at once.
    const form = customerInput.safeParse({ kind: 'person', name: '李娜', mobile: '1380013800', idNumber: wrongCheck });
    expect(form.success ? [] : form.error.issues.map((i) => i.path.join('.'))).toEqual(['mobile', 'idNumber']);
    // A company's credit code, too; an ID that cannot be judged against an unknown kind is left alone.
    expect(
      issuesOf({ kind: 'company', name: '杭州某某有限公司', phone: '0571-888', idNumber: '91330106MA2B0XXXXX' }),
    ).toEqual([
      ['phone', 'phone.tooShort'],
      ['idNumber', 'creditCode.checkChar'],
    ]);
    expect(issuesOf({ kind: 'robot', name: '王伟', idNumber: wrongCheck })).toEqual([['kind', 'field.invalid']]);
  });

  it('refuses a birth date after today', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
    expect(issuesOf({ kind: 'person', name: '王伟', birthDate: '2026-12-02' })).toEqual([['birthDate', 'date.future']]);
    expect(issuesOf({ kind: 'person', name: '王伟', birthDate: '2026-12-01' })).toEqual([]);
  });

  it('gives the same issues through zod, on the paths of the request that carries the customer', () => {
    const request = z.object({ customer: customerInput });
    const r = request.safeParse({ customer: { kind: 'person', name: '王伟', mobile: '12345', tags: [''] } });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['customer.mobile', 'phone.tooShort'],
      ['customer.tags.0', 'tag.empty'],
    ]);
  });
});

describe('calendar days', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(2023, 2, 29)).toBe(false);
    expect(isCalendarDay(1900, 2, 29)).toBe(false);
    expect(isCalendarDay(2000, 2, 29)).toBe(true);
    expect(isCalendarDay(2026, 4, 31)).toBe(false);
    expect(isCalendarDay(2026, 13, 1)).toBe(false);
    expect(isRealDate('2026-12-31')).toBe(true);
    expect(isRealDate('2026-1-5')).toBe(false);
    expect(isRealDate('0050-01-01')).toBe(false);
  });

  it('moves today on at midnight, local and UTC apart', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59, 59));
    expect(localDate()).toBe('2026-12-31');
    vi.setSystemTime(new Date(2027, 0, 1, 0, 0, 1));
    expect(localDate()).toBe('2027-01-01');
    vi.setSystemTime(new Date('2027-03-01T23:59:59Z'));
    expect(utcToday()).toBe('2027-03-01');
    vi.setSystemTime(new Date('2027-03-02T00:00:00Z'));
    expect(utcToday()).toBe('2027-03-02');
    // A clock set back (a wrong date corrected) is followed at once, not when the cached day ends.
    vi.setSystemTime(new Date('2027-02-20T10:00:00Z'));
    expect(utcToday()).toBe('2027-02-20');
    vi.setSystemTime(new Date(2027, 1, 20, 10, 0));
    expect(localDate()).toBe('2027-02-20');
  });
});
