/**
 * The theme's fonts by language: English text must not take its quotes and apostrophes from a CJK font (drawn
 * full-width, "customer’ s") where the system font is missing; Chinese keeps its full-width punctuation.
 */
import { describe, expect, it } from 'vitest';
import { themeFor } from '../../../renderer/src/theme';

const order = (stack: string | undefined, a: string, b: string): number =>
  (stack ?? '').indexOf(a) - (stack ?? '').indexOf(b);

describe('fonts by language', () => {
  it('puts a Latin font before the CJK fonts in English, in the body and in every heading', () => {
    const theme = themeFor('en');
    for (const stack of [
      theme.typography.fontFamily,
      theme.typography.body1.fontFamily,
      theme.typography.h1.fontFamily,
    ])
      expect(order(stack, '"Liberation Sans"', '"Noto Sans CJK SC"')).toBeLessThan(0);
  });

  it('puts the CJK fonts first in Chinese, after the system font', () => {
    const theme = themeFor('zh-CN');
    for (const stack of [theme.typography.fontFamily, theme.typography.h1.fontFamily]) {
      expect(order(stack, '"Noto Sans CJK SC"', '"Liberation Sans"')).toBeLessThan(0);
      expect(order(stack, '"Segoe UI"', '"Microsoft YaHei"')).toBeLessThan(0);
    }
  });
});
