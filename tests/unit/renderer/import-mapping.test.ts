/**
 * The import wizard's mapping step, as the user reads it: what blocks the import, in both languages, from the
 * same shared rule the core enforces (renderer/src/import/fields.ts over shared/import/mapping.ts).
 */
import { describe, expect, it } from 'vitest';
import { dateOrderColumns, mappingBlockers, mappingOptions } from '../../../renderer/src/import/fields';
import { translate, type MessageKey, type Translate } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/i18n/languages';
import type { ColumnMapping, ImportTarget, Inspection } from '../../../shared/import/types';

const tr =
  (language: Language): Translate =>
  (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(language, key, params);

function inspection(headers: string[], mapping: ColumnMapping[], ambiguousDateColumns: number[] = []): Inspection {
  return {
    fileId: '0190a0b0-0000-7000-8000-000000000001',
    fileName: '客户名单.csv',
    format: 'csv',
    sheets: [],
    sheet: null,
    encoding: 'gb18030',
    delimiter: ',',
    headerRow: 0,
    headers,
    mapping,
    rememberedMapping: false,
    ambiguousDateColumns,
    dataRows: 2,
    counted: 2,
    valid: 2,
    invalid: 0,
    duplicates: 0,
    preview: [],
  };
}

const wizard = (target: ImportTarget, dateOrders: Record<string, 'mdy' | 'dmy'> = {}) => ({
  target,
  request: { fileId: '0190a0b0-0000-7000-8000-000000000001', target, dateOrders },
});

describe('the import wizard’s mapping checks', () => {
  it('let a complete customer mapping through', () => {
    const file = inspection(['姓名', '手机', '微信号'], ['name', 'mobile', 'custom']);
    expect(mappingBlockers(tr('zh-CN'), wizard('customers'), file)).toEqual([]);
  });

  it('ask for a name column, and name the later of two columns mapped to mobile', () => {
    const file = inspection(['手机', '备用手机', '单位'], ['mobile', 'mobile', 'employer']);
    expect(mappingBlockers(tr('zh-CN'), wizard('customers'), file)).toEqual([
      '请为以下字段指定对应的列：姓名。',
      '备用手机：第 1 列已导入为该字段。',
    ]);
    expect(mappingBlockers(tr('en'), wizard('customers'), file)).toEqual([
      'Match a column to: Name.',
      '备用手机: Column 1 is already imported as this field.',
    ]);
  });

  it('ask a purchases file for its date, product and amount, and for a way to find the customer', () => {
    const file = inspection(['Channel', 'Notes'], ['channel', 'ignore']);
    expect(mappingBlockers(tr('en'), wizard('transactions'), file)).toEqual([
      'Match a column to: Date, Product, Amount.',
      'Match a column to the customer’s name, mobile or ID number, so each purchase finds its customer.',
    ]);
  });

  it('ask for the order of a day/month date column until it is chosen, then keep showing the choice', () => {
    const file = inspection(['Name', 'Mobile', 'Date of birth'], ['name', 'mobile', 'birthDate'], [2]);
    expect(dateOrderColumns(wizard('customers'), file)).toEqual([2]);
    expect(mappingBlockers(tr('en'), wizard('customers'), file)).toEqual(['Choose the date order for: Date of birth.']);
    const chosen = { ...file, ambiguousDateColumns: [] };
    expect(dateOrderColumns(wizard('customers', { 2: 'dmy' }), chosen)).toEqual([2]);
    expect(mappingBlockers(tr('en'), wizard('customers', { 2: 'dmy' }), chosen)).toEqual([]);
  });

  it('offer custom fields for customers only', () => {
    const values = (target: ImportTarget) => mappingOptions(tr('en'), target).map((o) => o.value);
    expect(values('customers')).toContain('custom');
    expect(values('transactions')).not.toContain('custom');
    expect(values('transactions')).toEqual(expect.arrayContaining(['date', 'product', 'amount', 'name', 'mobile']));
  });
});
