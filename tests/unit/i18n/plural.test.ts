import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { cadenceText } from '../../../shared/callbacks/labels';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { en } from '../../../shared/i18n/en';
import { zhCN } from '../../../shared/i18n/zh-CN';
import type { Language } from '../../../shared/i18n/languages';

const catalogs: readonly [Language, Readonly<Record<string, string>>][] = [
  ['en', en],
  ['zh-CN', zhCN],
];

describe('plural-aware messages', () => {
  it('says "1 row was" and "2 rows were" in English', () => {
    expect(translate('en', 'import.rejectedHint', { count: 1 })).toMatch(/^1 row was not imported\./);
    expect(translate('en', 'import.rejectedHint', { count: 2 })).toMatch(/^2 rows were not imported\./);
    expect(translate('en', 'import.rejectedHint', { count: 12345 })).toMatch(/^12,345 rows were not imported\./);
  });

  it('keeps one form in Chinese', () => {
    expect(translate('zh-CN', 'import.rejectedHint', { count: 1 })).toMatch(/^有 1 行未导入/);
  });

  it('groups the digits of a count in Chinese too', () => {
    expect(translate('zh-CN', 'customers.total', { count: 12345 })).toBe('共 12,345 个客户');
    expect(translate('zh-CN', 'import.running', { done: '1,000', total: 52000 })).toBe('正在导入… 1,000/52,000 行');
  });

  it('leaves a missing placeholder visible in a plain message', () => {
    expect(translate('en', 'customer.ownerLine', {})).toBe('Account manager: {name}');
  });
});

/** Each message that counts, with its params for a count n, and the English for 1, 2 and 12,345. */
const COUNTED: readonly [MessageKey, (n: number) => Record<string, string | number>, string, string, string][] = [
  ['staff.customers', (n) => ({ count: n }), '1 customer', '2 customers', '12,345 customers'],
  ['customers.total', (n) => ({ count: n }), '1 customer', '2 customers', '12,345 customers'],
  [
    'import.review.total',
    (n) => ({ count: n }),
    '1 row matches a customer or an earlier row of the file.',
    '2 rows match a customer or an earlier row of the file.',
    '12,345 rows match a customer or an earlier row of the file.',
  ],
  [
    'campaigns.createdOverflow',
    (n) => ({ name: '冬季回访', count: n, overflow: 1 }),
    'Campaign “冬季回访” created: 1 call-back planned; 1 customer did not fit.',
    'Campaign “冬季回访” created: 2 call-backs planned; 1 customer did not fit.',
    'Campaign “冬季回访” created: 12,345 call-backs planned; 1 customer did not fit.',
  ],
  ['staff.callbacks', (n) => ({ count: n }), '1 open call-back', '2 open call-backs', '12,345 open call-backs'],
  [
    'cli.check.ok',
    (n) => ({ path: 'D:\\客户档案\\dossier.db', version: 14, customers: n }),
    'OK: D:\\客户档案\\dossier.db — schema version 14, 1 customer, integrity ok.',
    'OK: D:\\客户档案\\dossier.db — schema version 14, 2 customers, integrity ok.',
    'OK: D:\\客户档案\\dossier.db — schema version 14, 12,345 customers, integrity ok.',
  ],
  [
    'cli.seed.callbacks',
    (n) => ({ open: n, finished: n, calls: n }),
    'Planned 1 open call-back and 1 finished one (1 call logged).',
    'Planned 2 open call-backs and 2 finished ones (2 calls logged).',
    'Planned 12,345 open call-backs and 12,345 finished ones (12,345 calls logged).',
  ],
  [
    'cli.seed.done',
    (n) => ({ customers: n, interactions: n, path: 'demo.db', seconds: '1.5' }),
    'Added 1 customer and 1 interaction to demo.db in 1.5 s.',
    'Added 2 customers and 2 interactions to demo.db in 1.5 s.',
    'Added 12,345 customers and 12,345 interactions to demo.db in 1.5 s.',
  ],
  [
    'cli.export.done',
    (n) => ({ rows: n, path: '客户.xlsx' }),
    'Exported 1 row to 客户.xlsx.',
    'Exported 2 rows to 客户.xlsx.',
    'Exported 12,345 rows to 客户.xlsx.',
  ],
  [
    'cli.callbacks.report.satisfaction',
    (n) => ({ average: '4.25', count: n }),
    'Satisfaction: average 4.25 of 5 over 1 answer.',
    'Satisfaction: average 4.25 of 5 over 2 answers.',
    'Satisfaction: average 4.25 of 5 over 12,345 answers.',
  ],
  [
    'customer.birthDateWithAge',
    (n) => ({ date: '5/1/2025', age: n }),
    '5/1/2025 (1 year old)',
    '5/1/2025 (2 years old)',
    '5/1/2025 (12,345 years old)',
  ],
  [
    'demo.added',
    (n) => ({ customers: n, callbacks: n }),
    'Added 1 demo customer and 1 call-back.',
    'Added 2 demo customers and 2 call-backs.',
    'Added 12,345 demo customers and 12,345 call-backs.',
  ],
  [
    'reminders.catchUp',
    (n) => ({ count: n }),
    '1 call-back came due while Dossier was closed.',
    '2 call-backs came due while Dossier was closed.',
    '12,345 call-backs came due while Dossier was closed.',
  ],
  [
    'reminders.dueMany',
    (n) => ({ count: n }),
    '1 call-back is due now.',
    '2 call-backs are due now.',
    '12,345 call-backs are due now.',
  ],
  ['reminders.tray.today', (n) => ({ count: n }), '1 call-back today', '2 call-backs today', '12,345 call-backs today'],
  [
    'reminders.tray.todayOverdue',
    (n) => ({ count: n, overdue: 1 }),
    '1 call-back today, 1 overdue',
    '2 call-backs today, 1 of them overdue',
    '12,345 call-backs today, 1 of them overdue',
  ],
  [
    'callbackSettings.loadSummary',
    (n) => ({ count: n, years: '2025, 2026' }),
    '1 date read for 2025, 2026.',
    '2 dates read for 2025, 2026.',
    '12,345 dates read for 2025, 2026.',
  ],
  ['callbackSettings.loadConfirm', (n) => ({ count: n }), 'Load 1 date', 'Load 2 dates', 'Load 12,345 dates'],
  [
    'callbackSettings.holidaysSaved',
    (n) => ({ moved: n }),
    'Calendar saved. 1 open call-back moved to the next working day.',
    'Calendar saved. 2 open call-backs moved to the next working day.',
    'Calendar saved. 12,345 open call-backs moved to the next working day.',
  ],
  [
    'callbackReport.satisfactionCount',
    (n) => ({ count: n }),
    'out of 5, over 1 score',
    'out of 5, over 2 scores',
    'out of 5, over 12,345 scores',
  ],
  ['schedule.attempted', (n) => ({ count: n }), '1 unanswered call', '2 unanswered calls', '12,345 unanswered calls'],
  ['cadenceUnit.counted.days', (n) => ({ count: n }), 'day', 'days', 'days'],
  ['cadenceUnit.counted.weeks', (n) => ({ count: n }), 'week', 'weeks', 'weeks'],
  ['cadenceUnit.counted.months', (n) => ({ count: n }), 'month', 'months', 'months'],
];

describe('English messages that count', () => {
  it.each(COUNTED)('%s says 1, 2 and 12,345 of a thing', (key, params, one, two, many) => {
    expect(translate('en', key, params(1))).toBe(one);
    expect(translate('en', key, params(2))).toBe(two);
    expect(translate('en', key, params(12345))).toBe(many);
  });

  it.each(COUNTED)('%s keeps one form in Chinese', (key, params) => {
    const text = (n: number) => translate('zh-CN', key, params(n));
    expect(text(7).replace(/\b7\b/g, 'N')).toBe(text(8).replace(/\b8\b/g, 'N'));
  });

  it('reads a cadence with the unit that fits the number, in both languages', () => {
    const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
    const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
    expect(cadenceText(en, 'fixed', 1, 'months')).toBe('Every 1 month');
    expect(cadenceText(en, 'fixed', 2, 'weeks')).toBe('Every 2 weeks');
    expect(cadenceText(en, 'after_contact', 1, 'days')).toBe('1 day after the last contact');
    expect(cadenceText(en, 'after_contact', '30', 'days')).toBe('30 days after the last contact');
    // While the number field is empty the dialogs show "N".
    expect(cadenceText(en, 'fixed', 'N', 'days')).toBe('Every N days');
    expect(cadenceText(zh, 'fixed', 1, 'months')).toBe('每 1 个月');
    expect(cadenceText(zh, 'after_contact', 3, 'weeks')).toBe('上次联系后 3 周');
  });

  it('has no separate keys for the singular', () => {
    for (const [, catalog] of catalogs) expect(Object.keys(catalog).filter((k) => k.endsWith('.one'))).toEqual([]);
  });

  it('puts no plain number before a counted noun', () => {
    const plainCount =
      /\{\w+\} (?:[a-z-]+ )?(?:customers|call-backs|rows|dates|answers|scores|interactions|calls|records|days|weeks|months|years|purchases|entries|ones)\b/;
    const offenders = Object.entries(en).filter(([, text]) => plainCount.test(text));
    expect(offenders).toEqual([]);
  });
});

type Element = {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Record<string, { readonly value: readonly Element[] }>;
  readonly pluralType?: string;
};

/** Every argument a parsed message uses, and whether it selects a plural form (so it must be given a number). */
function argumentsOf(elements: readonly Element[], found = new Map<string, 'number' | 'text'>()) {
  for (const el of elements) {
    if (typeof el.value === 'string' && el.type !== 0) {
      if (el.pluralType) found.set(el.value, 'number');
      else if (!found.has(el.value)) found.set(el.value, 'text');
    }
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, found);
  }
  return found;
}

describe('every message in both languages', () => {
  for (const [language, catalog] of catalogs) {
    it(`parses as an ICU message (${language})`, () => {
      for (const [key, text] of Object.entries(catalog)) {
        expect(() => new IntlMessageFormat(text, language, undefined, { ignoreTag: true }), key).not.toThrow();
      }
    });

    it(`fills every placeholder, for one and for several (${language})`, () => {
      for (const [key, text] of Object.entries(catalog)) {
        const ast = new IntlMessageFormat(text, language, undefined, { ignoreTag: true }).getAst();
        for (const n of [1, 2]) {
          const params = Object.fromEntries(
            [...argumentsOf(ast as unknown as Element[])].map(([name, kind]) => [name, kind === 'number' ? n : 'X']),
          );
          expect(translate(language, key as MessageKey, params), key).not.toMatch(/[{}]/);
        }
      }
    });

    it(`keeps every apostrophe of a plural message as text (${language})`, () => {
      // In ICU a lone ' before { } # or | starts quoted text; '' is a literal apostrophe.
      for (const [key, text] of Object.entries(catalog)) {
        if (!/, (plural|select),/.test(text)) continue;
        expect(text.replace(/''/g, ''), key).not.toMatch(/'[{}#|]/);
      }
    });
  }
});
