/** Every class, rule and setting choice the segments speak of has a name in both languages. */
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { CLASSES, SCHEMES } from '../../../shared/segments/classes';
import { classLabelKey, schemeLabelKey } from '../../../shared/segments/labels';
import { ABC_BASES, ABC_METHODS, RFM_GROUP_BASES, RFM_METHODS, RFM_TIE_RULES } from '../../../shared/segments/settings';
import { LIFECYCLE_RULES, VALUE_RULES } from '../../../shared/segments/types';
import { en } from '../../../shared/i18n/en';

const keys: string[] = [
  ...SCHEMES.map(schemeLabelKey),
  ...SCHEMES.flatMap((s) => CLASSES[s].map((c) => classLabelKey(s, c))),
  ...ABC_BASES.map((v) => `segments.basis.${v}`),
  ...ABC_METHODS.map((v) => `segments.abcMethod.${v}`),
  ...RFM_METHODS.map((v) => `segments.rfmMethod.${v}`),
  ...RFM_TIE_RULES.map((v) => `segments.tieRule.${v}`),
  ...RFM_GROUP_BASES.map((v) => `segments.groupBasis.${v}`),
  ...VALUE_RULES.map((v) => `segments.valueRule.${v}`),
  ...LIFECYCLE_RULES.map((v) => `segments.lifecycleRule.${v}`),
];

describe('segment labels', () => {
  it('exist in English and Chinese for every scheme, class, rule and choice', () => {
    const missing = keys.filter((k) => !Object.hasOwn(en, k));
    expect(missing).toEqual([]);
    expect(translate('zh-CN', classLabelKey('rfm', 'important_winback'))).toBe('重要挽留');
    expect(translate('en', classLabelKey('rfm', 'none'))).toBe('No purchase');
    expect(translate('zh-CN', classLabelKey('risk', 'C1'))).toBe('C1 保守型');
    expect(translate('zh-CN', schemeLabelKey('abc'))).toBe('ABC客户分析法');
    expect(translate('en', 'segments.valueRule.young' as MessageKey, { months: 1, purchases: 3 })).toBe(
      'relationship of 1 month with 3 purchases',
    );
  });
});
