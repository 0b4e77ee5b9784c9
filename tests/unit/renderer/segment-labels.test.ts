/**
 * How the segment screens name classes and shares, in both languages: every class of every scheme has a name (no raw
 * key such as `segments.class.abc.A` on screen), every setting choice has a label, and shares read with one decimal.
 */
import { describe, expect, it } from 'vitest';
import { classLabel, classListPath, shareLabel } from '../../../renderer/src/segments/labels';
import { translate, isMessageKey, type MessageKey, type Translate } from '../../../shared/i18n/index';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { CLASSES, SCHEMES } from '../../../shared/segments/classes';
import { ppmLabel } from '../../../shared/segments/reason-text';
import {
  ABC_BASES,
  ABC_METHODS,
  RFM_GROUP_BASES,
  RFM_METHODS,
  RFM_TIE_RULES,
  type PeriodSettings,
} from '../../../shared/segments/settings';

const tr =
  (language: Language): Translate =>
  (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(language, key, params);

describe('segment labels', () => {
  it('names every class of every scheme in both languages', () => {
    for (const language of LANGUAGES) {
      const names = SCHEMES.flatMap((scheme) => CLASSES[scheme].map((c) => classLabel(tr(language), scheme, c)));
      expect(names.filter((n) => n.startsWith('segments.'))).toEqual([]);
    }
    expect(classLabel(tr('zh-CN'), 'rfm', 'important_value')).toBe('重要价值');
    expect(classLabel(tr('en'), 'rfm', 'none')).toBe('No purchase');
  });

  it('has a label for every choice the threshold settings offer', () => {
    const choices = [
      ...ABC_BASES.map((v) => `segmentsPage.basis.${v}`),
      ...ABC_METHODS.map((v) => `segmentsPage.method.${v}`),
      ...(['rolling', 'range'] satisfies PeriodSettings['kind'][]).map((v) => `segmentsPage.periodKind.${v}`),
      ...RFM_METHODS.map((v) => `segmentsPage.rfmMethodName.${v}`),
      ...RFM_TIE_RULES.map((v) => `segmentsPage.tieRuleName.${v}`),
      ...RFM_GROUP_BASES.map((v) => `segmentsPage.groupBasisName.${v}`),
    ];
    expect(choices.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('links a class to the customer list filtered by its key', () => {
    expect(classListPath('abc', 'A')).toBe('/?class=abc:A');
    expect(classListPath('rfm', 'important_winback')).toBe('/?class=rfm:important_winback');
  });

  it('reads shares with one decimal', () => {
    expect(shareLabel('zh-CN', 0.6124)).toBe('61.2%');
    expect(shareLabel('en', 1)).toBe('100.0%');
    expect(ppmLabel('en', 612_000)).toBe('61.2%');
  });
});
