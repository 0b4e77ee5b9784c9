/**
 * How the complaint form and the call-back answer picker name categories: a category pulled from head office by the
 * name head office gave (in the reader's language, or the one name it gave, never the code), a built-in code by the
 * app's own words, a branch's own category as typed.
 */
import { describe, expect, it } from 'vitest';
import { categoryOptions } from '../../../renderer/src/complaints/labels';
import { answerText } from '../../../shared/callbacks/labels';
import type { CategoryLabels } from '../../../shared/hq/types';
import { translate, type MessageKey, type Translate } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/i18n/languages';

const tr =
  (language: Language): Translate =>
  (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
    translate(language, key, params);

const PULLED: CategoryLabels = {
  fees: { zh: '收费争议', en: 'Fee dispute' },
  branch_queue: { zh: '排队时间长', en: '' },
  online_banking: { zh: '', en: 'Online banking' },
};

describe('category names', () => {
  it('names pulled complaint categories by head office, in either language, and the rest as before', () => {
    const codes = ['fees', 'branch_queue', 'online_banking', 'waiting_time', '停车难'];
    expect(categoryOptions(tr('zh-CN'), codes, PULLED).map((o) => o.label)).toEqual([
      '收费争议',
      '排队时间长',
      'Online banking',
      '等候时间',
      '停车难',
    ]);
    expect(categoryOptions(tr('en'), codes, PULLED).map((o) => o.label)).toEqual([
      'Fee dispute',
      '排队时间长',
      'Online banking',
      'Waiting time',
      '停车难',
    ]);
    // Without head office's names (a branch's own list) a built-in code keeps the app's words.
    expect(categoryOptions(tr('en'), ['fees']).map((o) => o.label)).toEqual(['Fees / price']);
  });

  it('names pulled answer categories by head office', () => {
    const labels: CategoryLabels = { wants_contact: { zh: '希望联系', en: 'Wants contact' } };
    expect(answerText(tr('zh-CN'), 'wants_contact', labels)).toBe('希望联系');
    expect(answerText(tr('en'), 'wants_contact', labels)).toBe('Wants contact');
    expect(answerText(tr('en'), 'wants_contact')).toBe('wants_contact');
    expect(answerText(tr('zh-CN'), 'price', labels)).toBe('价格原因');
  });
});
