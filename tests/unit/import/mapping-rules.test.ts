/**
 * The mapping rules the wizard checks before it offers to go on, and the core enforces: one column per field, a
 * name for customers, a date, product, amount and a way to find the customer for purchases.
 */
import { describe, expect, it } from 'vitest';
import { checkMapping } from '../../../electron/core/import/mapping';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { translate } from '../../../shared/i18n/index';
import { isDateField, mappingProblems } from '../../../shared/import/mapping';
import type { ColumnMapping } from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import { csvText } from '../../fixtures/spreadsheets';
import { memoryCore, type TestCore } from '../helpers';

const refusal = (run: () => unknown): DossierError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe("the wizard's mapping checks", () => {
  it('take a customers mapping with a name column, custom fields and ignored columns repeated', () => {
    expect(mappingProblems('customers', ['name', 'mobile', 'custom', 'custom', 'ignore', 'ignore'])).toEqual([]);
  });

  it('refuse two columns mapped to mobile, naming both columns', () => {
    expect(mappingProblems('customers', ['name', 'mobile', 'employer', 'mobile'])).toEqual([
      { code: 'import.fieldRepeated', field: 'mobile', columns: [1, 3] },
    ]);
  });

  it('name every column of a field taken three times, and each field taken twice', () => {
    expect(mappingProblems('customers', ['mobile', 'name', 'name', 'mobile', 'mobile'])).toEqual([
      { code: 'import.fieldRepeated', field: 'mobile', columns: [0, 3, 4] },
      { code: 'import.fieldRepeated', field: 'name', columns: [1, 2] },
    ]);
  });

  it('refuse a customers mapping without a name column', () => {
    expect(mappingProblems('customers', ['mobile', 'idNumber', 'custom'])).toEqual([
      { code: 'import.missingFields', fields: ['name'] },
    ]);
    expect(mappingProblems('customers', [])).toEqual([{ code: 'import.missingFields', fields: ['name'] }]);
  });

  it('refuse a purchases mapping without its date, product and amount, or without a way to find the customer', () => {
    expect(mappingProblems('transactions', ['name', 'profit', 'channel'])).toEqual([
      { code: 'import.missingFields', fields: ['date', 'product', 'amount'] },
    ]);
    expect(mappingProblems('transactions', ['date', 'product', 'ignore'])).toEqual([
      { code: 'import.missingFields', fields: ['amount'] },
      { code: 'import.needCustomerKey' },
    ]);
    for (const key of ['name', 'mobile', 'idNumber'] as const)
      expect(mappingProblems('transactions', ['date', 'product', 'amount', key]), key).toEqual([]);
  });

  it('know the date columns, whose day/month order may need choosing', () => {
    expect((['birthDate', 'date', 'name', 'amount', undefined] as const).map(isDateField)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the core', () => {
  it('says which field and which columns, in each language', () => {
    const error = refusal(() => checkMapping('customers', ['name', 'mobile', 'phone', 'mobile']));
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([{ path: 'mapping.3', code: 'import.fieldRepeated' }]);
    expect(error.details).toEqual({ field: 'mobile', columns: '2, 4' });
    expect(error.message).toBe('Columns 2, 4 are all mapped to mobile; map only one of them.');
    expect(translate('zh-CN', 'import.fieldRepeated', error.details)).toBe(
      '第 2, 4 列都对应到了 mobile，只能保留其中一列。',
    );
    const missing = refusal(() => checkMapping('transactions', ['mobile', 'date']));
    expect(missing.issues).toEqual([{ path: 'mapping', code: 'import.missingFields' }]);
    expect(missing.details).toEqual({ fields: 'product, amount' });
    expect(() => checkMapping('customers', ['name', 'mobile'])).not.toThrow();
  });
});

const FILE = csvText(
  ['姓名', '手机', '电话'],
  [
    ['张伟', '13800138000', '13900139000'],
    ['李娜', '13700137000', ''],
  ],
);

async function upload(core: TestCore, text = FILE): Promise<string> {
  const reply = await core.dispatch('files.upload', { name: '客户.csv', data: new Uint8Array(Buffer.from(text)) });
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return (reply.value as { fileId: string }).fileId;
}

const written = (core: TestCore): unknown =>
  core.db
    .prepare(
      `SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM transactions) AS transactions,
         (SELECT count(*) FROM import_batches) AS batches, (SELECT count(*) FROM import_mappings) AS mappings,
         (SELECT count(*) FROM staff) AS staff`,
    )
    .get();

describe('an import with a mapping that breaks the rules', () => {
  it('is refused when it starts, naming the field and both columns, and writes nothing', async () => {
    const core = memoryCore();
    const before = written(core);
    const fileId = await upload(core);
    const reply = await core.dispatch('import.start', { fileId, mapping: ['name', 'mobile', 'mobile'] });
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'validation',
        issues: [{ path: 'mapping.2', code: 'import.fieldRepeated' }],
        details: { field: 'mobile', columns: '2, 3' },
      }) as unknown,
    });
    expect(written(core)).toEqual(before);
  });

  it('is refused without a name column for customers, or without an amount column for purchases', async () => {
    const core = memoryCore();
    const before = written(core);
    const fileId = await upload(core);
    const customers = await core.dispatch('import.start', { fileId, mapping: ['custom', 'mobile', 'phone'] });
    expect(!customers.ok && customers.error.issues).toEqual([{ path: 'mapping', code: 'import.missingFields' }]);
    const purchases = await core.dispatch('import.start', {
      fileId,
      target: 'transactions',
      mapping: ['name', 'date', 'product'],
    });
    expect(!purchases.ok && purchases.error.details).toEqual({ fields: 'amount' });
    expect(written(core)).toEqual(before);
  });

  it('is refused by the duplicate review, while the preview still answers so the wizard can fix the mapping', async () => {
    const core = memoryCore();
    const fileId = await upload(core);
    const mapping: ColumnMapping[] = ['name', 'mobile', 'mobile'];
    const review = await core.dispatch('import.duplicates', { fileId, mapping });
    expect(!review.ok && review.error.issues).toEqual([{ path: 'mapping.2', code: 'import.fieldRepeated' }]);
    const preview = await core.dispatch('import.inspect', { fileId, mapping });
    expect(preview.ok && (preview.value as { mapping: unknown }).mapping).toEqual(mapping);
  });

  it('is refused when a prepared file is run (as `dossier import --mapping` does), before anything is written', async () => {
    const core = memoryCore();
    const before = written(core);
    const file = await prepareFile(core.db, '客户.csv', Buffer.from(FILE), {
      target: 'customers',
      mapping: ['name', 'mobile', 'mobile'],
    });
    const error = refusal(() => runImport(core.db, file, { fileName: '客户.csv', policy: 'skip', actor: null }));
    expect(error.details).toEqual({ field: 'mobile', columns: '2, 3' });
    expect(written(core)).toEqual(before);
  });
});
