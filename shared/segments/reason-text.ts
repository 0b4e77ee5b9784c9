/** Why a customer is in a class, as one sentence: the customer page's card and the printed analysis report. */
import type { Translate } from '../i18n/index';
import type { Language } from '../i18n/languages';
import { classLabelKey } from './labels';
import type { CustomerClasses, SegmentReasons } from './types';

export type ReasonScheme = 'abc' | 'rfm' | 'frequency' | 'value' | 'lifecycle';

/** What the sentence needs: messages, and money and numbers written the language's way. */
export interface ReasonWords {
  readonly t: Translate;
  readonly language: Language;
  readonly format: { readonly money: (fen: number) => string; readonly number: (n: number) => string };
}

/** A share in parts per million with one decimal: 612000 → 61.2%. */
export function ppmLabel(language: Language, ppm: number): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ppm / 1_000_000);
}

const classLabel = (t: Translate, scheme: 'abc' | 'rfm', value: string): string => t(classLabelKey(scheme, value));

/** The figures behind one class, as a sentence. */
export function reasonText(
  i18n: ReasonWords,
  scheme: ReasonScheme,
  reasons: SegmentReasons,
  classes: CustomerClasses,
  period: string,
): string {
  const { t, format, language } = i18n;
  const n = format.number;
  switch (scheme) {
    case 'abc': {
      const r = reasons.abc;
      const basis = t(`segmentsPage.basis.${r.basis}`);
      if (r.rank === null) return t('segmentsPage.why.abcNone', { basis, period, value: format.money(r.valueCents) });
      return t('segmentsPage.why.abc', {
        basis,
        period,
        value: format.money(r.valueCents),
        rank: n(r.rank),
        of: n(r.of),
        cumulative: r.cumulativePpm === null ? t('common.empty') : ppmLabel(language, r.cumulativePpm),
      });
    }
    case 'rfm': {
      const r = reasons.rfm;
      if (r.recencyDays === null) return t('segmentsPage.why.rfmNone', { period });
      const level = (high: boolean | null): string => t(high ? 'segmentsPage.high' : 'segmentsPage.low');
      return t('segmentsPage.why.rfm', {
        days: r.recencyDays,
        purchases: r.purchases,
        amount: format.money(r.amountCents),
        r: r.r ?? 0,
        f: r.f ?? 0,
        m: r.m ?? 0,
        rLevel: level(r.rHigh),
        fLevel: level(r.fHigh),
        mLevel: level(r.mHigh),
      });
    }
    case 'frequency':
      return t('segmentsPage.why.frequency', {
        period,
        purchases: reasons.frequency.purchases,
        highMin: reasons.frequency.highMin,
      });
    case 'value': {
      const r = reasons.value;
      return t(`segments.valueRule.${r.rule}`, {
        abc: classLabel(t, 'abc', classes.abc),
        rfm: classLabel(t, 'rfm', classes.rfm),
        growth: Math.round(r.growthPercent ?? 0),
        months: r.relationshipMonths,
        purchases: r.purchases,
      });
    }
    case 'lifecycle': {
      const r = reasons.lifecycle;
      const days =
        r.rule === 'first_purchase_recent' ? (r.daysSinceFirstPurchase ?? 0) : (r.daysSinceLastPurchase ?? 0);
      return t(`segments.lifecycleRule.${r.rule}`, {
        days,
        drop: Math.round(-(r.growthPercent ?? 0)),
        months: r.relationshipMonths,
      });
    }
  }
}
