/**
 * The customers an import wrote, found again by their keys (mobile, ID number, name at employer) from typed arrays:
 * every one of 100k customers' keys leads back to that customer, keys nobody has lead nowhere, and a customer
 * updated from a second row keeps the first row's entry for its old keys.
 */
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../electron/core/import/key-table';
import { WrittenCustomers } from '../../../electron/core/import/written-customers';
import { residentId } from '../../fixtures/spreadsheets';

const person = (i: number): { name: string; mobile: string; idNumber: string; employer: string } => ({
  name: `${'张李王赵刘陈'[i % 6]}${'伟芳敏静强磊'[(i * 5) % 6]}${i % 7 === 0 ? 'Li Wei' : ''}`,
  mobile: `13${String(800_000_000 + i).slice(-9)}`,
  idNumber: residentId(
    '110105',
    `${1900 + Math.floor(i / 1000)}0${1 + (i % 9)}1${i % 10}`,
    String(i % 1000).padStart(3, '0'),
  ),
  employer: `杭州第${i}号机械有限公司`,
});

describe('customers an import wrote', () => {
  it('finds each of 100k customers by any of their keys, and nobody by a key no one has', () => {
    const written = new WrittenCustomers(100_000);
    const id = (i: number): string =>
      `01a23dc2-${String(i % 10_000).padStart(4, '0')}-7000-8000-${String(i).padStart(12, '0')}`;
    for (let i = 0; i < 100_000; i++) written.add(person(i), { id: id(i), row: i + 2, created: i % 3 !== 0 });
    expect(written.full).toBe(true);
    for (let i = 0; i < 100_000; i += 7) {
      const p = person(i);
      const want = { id: id(i), row: i + 2, created: i % 3 !== 0 };
      const only = (keys: Partial<typeof p>): object | undefined =>
        written.find({ name: p.name, mobile: null, idNumber: null, employer: null, ...keys });
      expect(only({ mobile: p.mobile })).toMatchObject(want);
      expect(only({ idNumber: p.idNumber })).toMatchObject(want);
      expect(only({ employer: p.employer })).toMatchObject(want);
    }
    const stranger = person(100_001);
    expect(written.find(stranger)).toBeUndefined();
    // Past the bound a new customer is not remembered.
    written.add(stranger, { id: id(100_001), row: 100_003, created: true });
    expect(written.find(stranger)).toBeUndefined();
  });

  it('keeps the entry a key was first added with, and an id that is not a UUID as it is', () => {
    const written = new WrittenCustomers(10);
    const zhang = { name: '张伟', mobile: '13800138000', idNumber: null, employer: null };
    written.add(zhang, { id: 'legacy-42', row: 5, created: false });
    // The same customer updated from row 9 with an ID number: the mobile still leads to row 5, the ID to row 9.
    const withId = { ...zhang, idNumber: '11010519491231002X' };
    written.add(withId, { id: 'legacy-42', row: 9, created: false });
    expect(written.find(zhang)).toMatchObject({ id: 'legacy-42', row: 5, created: false });
    expect(written.find({ ...withId, mobile: null })).toMatchObject({ id: 'legacy-42', row: 9 });
    // A merge into what find answered adds the new keys to that entry.
    const found = written.find(zhang);
    if (!found) throw new Error('not found');
    written.add({ ...zhang, employer: '杭州恒达机械有限公司' }, found);
    expect(written.find({ ...zhang, mobile: null, employer: '杭州恒达机械有限公司' })).toMatchObject({ row: 5 });
  });

  it('tells keys apart that share a slot or their whole hash, through growth', () => {
    const table = new KeyTable();
    const reference = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const key = i % 2 ? `m:1390000${String(i).padStart(4, '0')}` : `n\u0001客户${i}\u0001有限公司`;
      table.set(key, i);
      reference.set(key, i);
    }
    table.set('m:13900000001', 7);
    reference.set('m:13900000001', 7);
    expect(table.size).toBe(reference.size);
    for (const [key, value] of reference) expect(table.get(key)).toBe(value);
    expect(table.get('m:1390000')).toBeUndefined();
    // Two mobiles whose keys have the same 32-bit hash are two customers.
    table.set('m:12477425434', 1);
    expect(table.get('m:12520057157')).toBeUndefined();
    table.set('m:12520057157', 2);
    expect([table.get('m:12477425434'), table.get('m:12520057157')]).toEqual([1, 2]);
    expect(table.has('')).toBe(false);
    table.set('', 3);
    expect(table.get('')).toBe(3);
  });
});
