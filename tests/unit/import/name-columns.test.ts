/**
 * A name in two columns: given and family name (First Name + Last Name, 名 + 姓) stand together for the name
 * column, are joined in the name's own order, and are never mapped beside a full-name column.
 */
import { describe, expect, it } from 'vitest';
import { checkMapping, guessMapping } from '../../../electron/core/import/mapping';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspect } from '../../../electron/core/import/inspect';
import { runImport } from '../../../electron/core/import/run';
import { getCustomer } from '../../../electron/core/customers/records';
import { searchCustomers } from '../../../electron/core/search/search';
import { translate } from '../../../shared/i18n/index';
import { mappingProblems } from '../../../shared/import/mapping';
import { joinName } from '../../../shared/import/names';
import { DossierError } from '../../../shared/result';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore } from '../helpers';

describe('joining a given and a family name', () => {
  it('writes a Chinese name family name first without a space, an English one given name first', () => {
    expect(joinName('三', '张')).toBe('张三');
    expect(joinName('娜娜', '欧阳')).toBe('欧阳娜娜');
    expect(joinName(' Sheryl ', 'Baxter')).toBe('Sheryl Baxter');
    expect(joinName('Mary Ann', "O'Neil")).toBe("Mary Ann O'Neil");
    // Written in two scripts: as an English list writes it.
    expect(joinName('David', '张')).toBe('David 张');
  });

  it('keeps the part that is there when the other is missing, and nothing when both are', () => {
    expect(joinName('', '张')).toBe('张');
    expect(joinName('Preston', '  ')).toBe('Preston');
    expect(joinName('', '')).toBe('');
  });
});

describe('the mapping rule', () => {
  it('takes given and family name columns instead of a name column', () => {
    expect(mappingProblems('customers', ['givenName', 'familyName', 'mobile', 'custom'])).toEqual([]);
    expect(mappingProblems('transactions', ['familyName', 'givenName', 'date', 'product', 'amount'])).toEqual([]);
  });

  it('asks for the other part when only one is mapped', () => {
    expect(mappingProblems('customers', ['givenName', 'mobile'])).toEqual([
      { code: 'import.missingFields', fields: ['familyName'] },
    ]);
    expect(mappingProblems('customers', ['mobile', 'familyName'])).toEqual([
      { code: 'import.missingFields', fields: ['givenName'] },
    ]);
    expect(mappingProblems('transactions', ['familyName', 'date', 'product', 'amount'])).toEqual([
      { code: 'import.needCustomerKey' },
    ]);
  });

  it('refuses a name column beside a given or family name column, naming the columns', () => {
    expect(mappingProblems('customers', ['familyName', 'name', 'givenName'])).toEqual([
      { code: 'import.nameAndParts', columns: [0, 1, 2] },
    ]);
    expect(mappingProblems('customers', ['mobile', 'name', 'givenName'])).toEqual([
      { code: 'import.nameAndParts', columns: [1, 2] },
    ]);
  });

  it('is enforced by the core with a message in each language', () => {
    let error: unknown;
    try {
      checkMapping('customers', ['name', 'mobile', 'givenName', 'familyName']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    const refused = error as DossierError;
    expect(refused.issues).toEqual([{ path: 'mapping.2', code: 'import.nameAndParts' }]);
    expect(refused.message).toBe(
      'Columns 1, 3, 4 are mapped to the name and to a given or family name; map either the full name or its two parts.',
    );
    expect(translate('zh-CN', 'import.nameAndParts', refused.details as Record<string, string>)).toBe(
      '第 1, 3, 4 列同时对应了姓名和姓、名；请只对应完整姓名，或只对应姓和名两列。',
    );
  });
});

describe('recognising the columns', () => {
  it('reads English list headers: names, phones 1 and 2, company, city, e-mail; the rest is kept', () => {
    const headers = ['Index', 'Customer Id', 'First Name', 'Last Name', 'Company', 'City', 'Country', 'Phone 1'];
    expect(guessMapping([...headers, 'Phone 2', 'Email', 'Subscription Date', 'Website'], [], 'customers')).toEqual([
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
    expect(guessMapping(['Surname', 'Given name', 'Mobile'], [], 'customers')).toEqual([
      'familyName',
      'givenName',
      'mobile',
    ]);
  });

  it('reads 姓 and 名, and keeps a full-name column over the parts beside it', () => {
    expect(guessMapping(['姓', '名', '手机'], [], 'customers')).toEqual(['familyName', 'givenName', 'mobile']);
    expect(guessMapping(['姓名', '姓', '名'], [], 'customers')).toEqual(['name', 'custom', 'custom']);
    expect(guessMapping(['Full name', 'First name', 'Last name', 'Date'], [], 'transactions')).toEqual([
      'name',
      'ignore',
      'ignore',
      'date',
    ]);
  });
});

describe('importing a name in two columns', () => {
  it('joins each row’s name, keeps a missing part’s other half, and rejects a row with neither', async () => {
    const { db } = memoryCore();
    const text = csvText(
      ['姓', '名', '手机'],
      [
        ['张', '三', '13800138000'],
        ['欧阳', '娜娜', '13800138001'],
        ['', 'Preston', '13800138002'],
        ['司马', '', '13800138003'],
        ['', '', '13800138004'],
      ],
    );
    const file = await prepareFile(db, '名单.csv', Buffer.from(text), { target: 'customers' });
    expect(file.mapping).toEqual(['familyName', 'givenName', 'mobile']);
    const preview = inspect(db, 'f1', '名单.csv', file);
    expect(preview.preview.map((r) => r.values.name ?? null)).toEqual(['张三', '欧阳娜娜', 'Preston', '司马', null]);
    expect(preview.preview[4]?.issues).toEqual([{ column: 0, code: 'name.required' }]);

    const summary = runImport(db, file, { fileName: '名单.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 4, rejected: 1 });
    expect(summary.rejectedRows.map((r) => r.issues)).toEqual([[{ column: 0, code: 'name.required' }]]);
    const [zhang] = searchCustomers(db, '张三', 1);
    expect(getCustomer(db, zhang!.id)).toMatchObject({ name: '张三', mobile: '13800138000' });
  });

  it('refuses to run with a name column and its parts both mapped, writing nothing', async () => {
    const { db } = memoryCore();
    const text = csvText(['Name', 'First Name', 'Last Name'], [['Sheryl Baxter', 'Sheryl', 'Baxter']]);
    const file = await prepareFile(db, 'list.csv', Buffer.from(text), {
      target: 'customers',
      mapping: ['name', 'givenName', 'familyName'],
    });
    expect(() => runImport(db, file, { fileName: 'list.csv', policy: 'skip', actor: null })).toThrow(
      /mapped to the name and to a given or family name/,
    );
    expect(searchCustomers(db, 'Baxter', 5)).toEqual([]);
  });
});
