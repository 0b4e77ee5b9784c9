/**
 * An English customer list (the shape of the widely shared customers-100.csv sample) imports without any mapping
 * by hand: names joined from First Name and Last Name, company, city and e-mail in their fields, every other column
 * kept as a custom field, in both date styles.
 */
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspect } from '../../../electron/core/import/inspect';
import { runImport } from '../../../electron/core/import/run';
import { getCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { customerListQuery } from '../../../shared/customers/schemas';
import type { Customer } from '../../../shared/customers/types';
import type { Db } from '../../../electron/core/db/open';
import { englishCsv, englishCustomer, ENGLISH_HEADERS, type DateStyle } from '../../fixtures/english-list';
import { memoryCore } from '../helpers';

const NAME_COLUMNS = [ENGLISH_HEADERS.indexOf('First Name'), ENGLISH_HEADERS.indexOf('Last Name')];

const everyone = (db: Db): Customer[] =>
  listCustomers(db, customerListQuery.parse({ pageSize: 200, sort: 'name', direction: 'asc' })).rows.map((r) =>
    getCustomer(db, r.id),
  );

describe('an English list', () => {
  it('is mapped without help: first and last name, company, city, phones, e-mail; the rest kept', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, 'customers-100.csv', englishCsv(), { target: 'customers' });
    expect(file.headerRow).toBe(0);
    expect(file.mapping).toEqual([
      'custom',
      'custom',
      'givenName',
      'familyName',
      'employer',
      'region',
      'custom',
      'mobile',
      'phone',
      'email',
      'custom',
      'custom',
    ]);
    // Whatever the phones say, no row lacks its name.
    const preview = inspect(db, 'f1', 'customers-100.csv', file);
    expect(preview.dataRows).toBe(100);
    for (const row of preview.preview) {
      expect(row.issues.filter((i) => i.column === -1 || NAME_COLUMNS.includes(i.column))).toEqual([]);
      expect(row.cells[2]).toBeTruthy();
    }
    const sheryl = preview.preview[0];
    expect(sheryl?.issues.some((i) => i.code === 'import.noNameColumn')).toBe(false);
  });

  it('rejects no row for its name when imported as recognised', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, 'customers-100.csv', englishCsv(), { target: 'customers' });
    const summary = runImport(db, file, { fileName: 'customers-100.csv', policy: 'create', actor: null });
    expect(summary.created + summary.rejected).toBe(100);
    for (const row of summary.rejectedRows)
      expect(
        row.issues.filter((i) => i.column === -1 || NAME_COLUMNS.includes(i.column)),
        `row ${row.rowNumber}`,
      ).toEqual([]);
    for (const c of everyone(db)) expect(c.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  for (const dates of ['iso', 'dmy'] as const satisfies readonly DateStyle[])
    it(`lands every name, company, city, country, date, website and e-mail (${dates} dates)`, async () => {
      const { db } = memoryCore();
      // The phone columns kept as written: what this test looks at is everything else.
      const prepared = await prepareFile(db, 'customers-100.csv', englishCsv(dates), { target: 'customers' });
      const mapping = prepared.mapping.map((m) => (m === 'mobile' || m === 'phone' ? 'custom' : m));
      const file = await prepareFile(db, 'customers-100.csv', englishCsv(dates), { target: 'customers', mapping });
      const summary = runImport(db, file, { fileName: 'customers-100.csv', policy: 'create', actor: null });
      expect(summary).toMatchObject({ created: 100, rejected: 0 });

      const stored = new Map(everyone(db).map((c) => [c.customFields['Customer Id'], c]));
      expect(stored.size).toBe(100);
      for (let i = 0; i < 100; i++) {
        const want = englishCustomer(i);
        const c = stored.get(want.customerId);
        const written = dates === 'iso' ? want.subscribed : want.subscribed.split('-').reverse().join('/');
        expect(c, want.customerId).toMatchObject({
          kind: 'person',
          name: `${want.firstName} ${want.lastName}`,
          employer: want.company,
          region: want.city,
          email: want.email,
          customFields: {
            Index: String(want.index),
            'Customer Id': want.customerId,
            Country: want.country,
            'Phone 1': want.phone1,
            'Phone 2': want.phone2,
            'Subscription Date': written,
            Website: want.website,
          },
        });
      }
      const first = stored.get(englishCustomer(0).customerId);
      expect(first).toMatchObject({ name: 'Sheryl Baxter', employer: 'Rasmussen Group', region: 'East Leonard' });
      expect(stored.get(englishCustomer(3).customerId)?.employer).toBe('Dominguez, Mcmillan and Donovan');
    });
});
