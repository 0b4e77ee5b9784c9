import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/index';
import { changesText } from '../../../renderer/src/audit/changes';
import { createFormatters } from '../../../renderer/src/i18n/format';

const zh = (changes: unknown) =>
  changesText((k, p) => translate('zh-CN', k, p), createFormatters('zh-CN'), { entity: 'customer', changes });
const en = (changes: unknown) =>
  changesText((k, p) => translate('en', k, p), createFormatters('en'), { entity: 'customer', changes });
const of = (language: 'zh-CN' | 'en', entity: string, changes: unknown) =>
  changesText((k, p) => translate(language, k, p), createFormatters(language), { entity, changes });

describe('an audit entry’s values as the audit view shows them', () => {
  it('says why a sign-in was refused in the reader’s language, never by its code', () => {
    expect(zh({ reason: 'auth.wrongSecret', left: 3 })).toBe('密码或 PIN 错误。再错 3 次将被锁定。');
    expect(en({ reason: 'auth.wrongSecret', left: 1 })).toBe('Wrong password or PIN. 1 try left before a lock.');
    const locked = zh({ reason: 'auth.locked', until: '2026-12-03T09:05:00.000Z', minutes: 5 });
    expect(locked).toMatch(/^密码错误次数过多：此账号已锁定 5 分钟（至 .*2026.*）。$/);
    expect(locked).not.toContain('auth.');
  });

  it('says what a classification run did in words, never its raw period object', () => {
    const run = {
      period: { from: '2025-12-04', to: '2026-12-03', previousFrom: '2024-12-04', previousTo: '2025-12-03' },
      customers: 2000,
      classChanges: 1,
    };
    expect(en(run)).toBe(
      'Classified 2,000 customers over December 4, 2025 – December 3, 2026; 1 class change recorded.',
    );
    expect(zh(run)).toContain('2,000');
    expect(zh(run)).toContain('2025年12月4日');
    expect(zh(run)).not.toContain('period');
  });

  it('shows a change as before → after, the field named as on the customer form', () => {
    expect(en({ mobile: ['138****5678', '139****5678'] })).toBe('Mobile: 138****5678 → 139****5678');
    expect(zh({ mobile: ['138****5678', '139****5678'], idNumber: [null, '110105********002X'] })).toBe(
      '手机：138****5678 → 139****5678；证件号码：— → 110105********002X',
    );
    expect(en({ ownerId: ['王芳', '李娜'] })).toBe('Account manager: 王芳 → 李娜');
    // A field no form names stays as stored.
    expect(en({ reassignedTo: 'x' })).toBe('reassignedTo: x');
  });

  it('names the fields of entries written by an import, a restore, encryption and a head-office pull', () => {
    const imported = { fileName: '客户名单2026.xlsx', created: 1200, updated: 35, skipped: 0, merged: 4, rejected: 2 };
    expect(of('zh-CN', 'import', imported)).toBe(
      '文件：客户名单2026.xlsx；新建：1,200；更新：35；跳过：0；已合并：4；未导入：2',
    );
    expect(of('en', 'import', { removed: 1200, restored: 35, kept: 3 })).toBe(
      'Removed: 1,200; Restored: 35; Kept (changed since): 3',
    );
    const restored = {
      restoredFrom: [null, 'D:\\备份\\dossier-2026-12-01.db'],
      undoBackup: [null, 'D:\\备份\\restore.db'],
    };
    expect(of('en', 'backup', restored)).toBe(
      'Restored from: — → D:\\备份\\dossier-2026-12-01.db; Backup of the state before: — → D:\\备份\\restore.db',
    );
    const rekeyed = { encrypted: [true, true], passphrase: ['changed', 'changed'], backupsRewritten: [null, 6] };
    expect(of('zh-CN', 'database', rekeyed)).toBe('数据加密：是 → 是；密码短语：已更改；已重写的备份：— → 6');
    const pulled = {
      'complaints.categories': [
        ['fees', 'other'],
        ['fees', 'card_fraud'],
      ],
      labels: { fees: { zh: '收费', en: 'Fees' }, card_fraud: { zh: '盗刷', en: 'Card fraud' } },
      source: 'hq',
    };
    expect(of('zh-CN', 'setting', pulled)).toBe(
      '投诉类别：收费、其他 → 收费、盗刷；总部提供的名称：收费、盗刷；来源：总部',
    );
    expect(of('en', 'staffDirectory', { pulled: 12, source: 'hq' })).toBe('Records pulled: 12; From: Head office');
    expect(
      of('en', 'product', { name: '稳健理财', category: '理财', riskRating: 2, termDays: 180, source: 'hq' }),
    ).toBe('Name: 稳健理财; Category: 理财; Risk rating: R2 · Medium-low; Term (days): 180; From: Head office');
  });

  it('shows a field set or cleared by a change, empty on the side it was missing from', () => {
    // A complaint corrected to urgent: its due date moved with the severity.
    const corrected = {
      action: 'updated',
      from: 'open',
      to: 'open',
      before: { severity: 'high', dueOn: '2026-12-09' },
      after: { severity: 'urgent', dueOn: '2026-12-07' },
    };
    expect(of('zh-CN', 'complaint', corrected)).toBe(
      '处理步骤：更正；严重程度：高 → 紧急；办结期限：2026年12月9日 → 2026年12月7日',
    );
    expect(of('en', 'complaint', corrected)).toBe(
      'Step: Corrected; Severity: High → Urgent; Due: December 9, 2026 → December 7, 2026',
    );
    // Backup settings: a second folder chosen, then given up.
    const retention = { today: 5, days: 7, weeks: 4 };
    const chosen = {
      value: [
        { retention, everyHours: 4 },
        { retention, everyHours: 4, secondFolder: 'D:\\备份' },
      ],
    };
    expect(of('zh-CN', 'setting', chosen)).toBe('第二文件夹：— → D:\\备份');
    const givenUp = {
      value: [
        { retention, everyHours: 4, secondFolder: 'D:\\备份' },
        { retention, everyHours: 6 },
      ],
    };
    expect(of('en', 'setting', givenUp)).toBe('Hours between backups: 4 → 6; Second folder: D:\\备份 → —');
    // A patch names what changed: the settings it leaves out stayed as they were.
    const patched = {
      before: { retryLimit: 3, answerCategories: ['satisfied'], birthdayLeadDays: 7, maturityLeadDays: 5 },
      patch: { retryLimit: 2, birthdayLeadDays: 3 },
    };
    expect(of('zh-CN', 'callbackSettings', patched)).toBe('最多拨打次数：3 → 2；生日提前天数：7 → 3');
  });

  it('reads a complaint corrected before entries carried the due date, without the fields that stayed', () => {
    const older = {
      action: 'updated',
      from: 'in_progress',
      to: 'in_progress',
      before: { words: '账单金额有误' },
      after: {
        receivedAt: '2026-12-03T02:00:00.000Z',
        receivedOn: '2026-12-03',
        channel: 'phone',
        category: 'billing_error',
        severity: 'high',
        words: '账单多扣了 200 元',
        dueOn: '2026-12-08',
      },
    };
    expect(of('zh-CN', 'complaint', older)).toBe(
      '处理步骤：更正；客户原话：账单金额有误 → 账单多扣了 200 元；办结期限：2026年12月8日',
    );
  });
});
