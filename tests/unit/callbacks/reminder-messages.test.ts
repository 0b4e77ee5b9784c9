import { describe, expect, it } from 'vitest';
import type { Callback, CallbackReminders } from '../../../shared/callbacks/types';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { reminderMessages } from '../../../shared/callbacks/reminders';

const zh = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate('en', key, params);

function callback(customerName: string, window: [string, string] | null = null): Callback {
  return {
    id: `cb-${customerName}`,
    customerId: `c-${customerName}`,
    customerName,
    customerMobile: '13800138000',
    customerPhone: null,
    dueOn: '2025-06-04',
    plannedOn: '2025-06-04',
    windowStart: window?.[0] ?? null,
    windowEnd: window?.[1] ?? null,
    staffId: 's1',
    staffName: '王丽',
    purpose: 'after_sale',
    priority: 'normal',
    notes: null,
    state: 'open',
    attempts: 0,
    campaignId: null,
    campaignName: null,
    outcome: null,
    notReachedReason: null,
    answerCategory: null,
    satisfaction: null,
    lastAttemptAt: null,
    closedAt: null,
    cancelledReason: null,
    createdAt: '2025-06-01T00:00:00.000Z',
    createdBy: null,
    updatedAt: '2025-06-01T00:00:00.000Z',
    updatedBy: null,
  };
}

const delivery = (dueNow: Callback[], catchUp = false, total = dueNow.length): CallbackReminders => ({
  dueNow,
  total,
  catchUp,
  today: total,
  overdue: 0,
});

describe('reminder messages', () => {
  it('names each call-back when only a few came due, with its time window', () => {
    const messages = reminderMessages(zh, delivery([callback('张伟', ['14:00', '15:00']), callback('Jason Wong')]));
    expect(messages).toEqual([
      { kind: 'due', title: '回访到期：张伟', body: '售后回访，14:00–15:00', callbackId: 'cb-张伟' },
      { kind: 'due', title: '回访到期：Jason Wong', body: '售后回访，今天内均可', callbackId: 'cb-Jason Wong' },
    ]);
  });

  it('sums up many at once, naming the first three', () => {
    const many = ['张伟', '李娜', '王芳', '赵磊', '刘洋'].map((n) => callback(n));
    const [message, ...rest] = reminderMessages(zh, delivery(many));
    expect(rest).toHaveLength(0);
    expect(message).toMatchObject({
      kind: 'dueMany',
      title: '现在有 5 个回访到期。',
      body: '张伟、李娜、王芳等 5 位客户',
    });
  });

  it('gives one catch-up summary for what came due while the app was closed, in English too', () => {
    const [message] = reminderMessages(en, delivery([callback('Zhang Wei')], true, 12));
    expect(message?.kind).toBe('catchUp');
    expect(message?.title).toBe('12 call-backs came due while Dossier was closed.');
    expect(message?.body).toContain('Zhang Wei');
    expect(reminderMessages(en, delivery([callback('Zhang Wei')], true))[0]?.title).toBe(
      '1 call-back came due while Dossier was closed.',
    );
    expect(reminderMessages(zh, delivery([callback('张伟')], true))[0]?.title).toBe(
      '客户档案关闭期间，有 1 个回访已到期。',
    );
    expect(reminderMessages(en, delivery([], true, 0))).toEqual([]);
  });
});
