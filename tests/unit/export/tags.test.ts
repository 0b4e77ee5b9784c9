/** Tags in one cell: what Dossier writes reads back as the same tags, and what people type is split as they mean. */
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, removeFormulaGuard } from '../../../electron/core/export/cells';
import { formatTags, parseTags } from '../../../shared/export/tags';

const HARD = [
  'VIP 客户',
  'A/B',
  '理财;基金',
  '老客户, 重点',
  '高净值、优质',
  '全角，逗号',
  '全角；分号',
  'x|y',
  '"引号"',
  '他说"好"',
  'Tom & Jerry',
  "O'Brien",
  '=SUM(A1)',
  '"',
];

describe('tags in a cell', () => {
  it.each(['zh-CN', 'en'] as const)('any tag text written in %s reads back as the same tags', (language) => {
    expect(parseTags(formatTags(HARD, language))).toEqual(HARD);
    for (const tag of HARD) expect(parseTags(formatTags([tag], language))).toEqual([tag]);
  });

  it('writes plain tags plainly, with the language’s separator', () => {
    expect(formatTags(['VIP', '老客户', 'VIP 客户', 'A/B'], 'zh-CN')).toBe('VIP、老客户、VIP 客户、A/B');
    expect(formatTags(['Gold member', 'HK'], 'en')).toBe('Gold member, HK');
    expect(formatTags(['老客户, 重点', '他说"好"'], 'zh-CN')).toBe('"老客户, 重点"、"他说""好"""');
    expect(formatTags([], 'en')).toBe('');
  });

  it.each([
    ['VIP,老客户', ['VIP', '老客户']],
    ['VIP，老客户', ['VIP', '老客户']],
    ['VIP、老客户', ['VIP', '老客户']],
    ['VIP; 老客户；理财', ['VIP', '老客户', '理财']],
    ['VIP | 老客户', ['VIP', '老客户']],
    ['VIP 客户, 供应链/贸易', ['VIP 客户', '供应链/贸易']],
    [' , VIP,, ,老客户 ,', ['VIP', '老客户']],
    // A quote that does not close, or is followed by more text, is part of the tag.
    ['"VIP, 老客户', ['"VIP', '老客户']],
    ['"VIP" 客户, 理财', ['"VIP" 客户', '理财']],
    ['5"屏, 理财', ['5"屏', '理财']],
    ['"a""b"', ['a"b']],
    ['', []],
  ])('reads %j as typed', (cell, tags) => {
    expect(parseTags(cell)).toEqual(tags);
  });
});

describe('the CSV formula guard', () => {
  it.each(['=1+1', '+86 138 0013 8000', '-20', '@SUM(A1)', '\tx', "'=1+1", "''+1", "'@x"])(
    'guards %j with one apostrophe and the import takes exactly that one off',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
      expect(removeFormulaGuard(neutraliseFormula(value))).toBe(value);
    },
  );

  it.each(['张三', "'单引号", "O'Brien", "'", '1-2', ''])('leaves %j as it is, both ways', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
    expect(removeFormulaGuard(value)).toBe(value);
  });
});
