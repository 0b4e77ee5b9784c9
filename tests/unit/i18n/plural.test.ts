import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/index';

describe('plural-aware messages', () => {
  it('says "1 row was" and "2 rows were" in English', () => {
    expect(translate('en', 'import.rejectedHint', { count: 1 })).toMatch(/^1 row was not imported\./);
    expect(translate('en', 'import.rejectedHint', { count: 2 })).toMatch(/^2 rows were not imported\./);
    expect(translate('en', 'import.rejectedHint', { count: 12345 })).toMatch(/^12,345 rows were not imported\./);
  });

  it('keeps one form in Chinese', () => {
    expect(translate('zh-CN', 'import.rejectedHint', { count: 1 })).toMatch(/^有 1 行未导入/);
  });

  it('leaves a missing placeholder visible in a plain message', () => {
    expect(translate('en', 'customer.ownerLine', {})).toBe('Account manager: {name}');
  });
});
