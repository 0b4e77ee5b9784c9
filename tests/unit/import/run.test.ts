import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { prepareFile } from '../../../electron/core/import/prepare';
import { inspect } from '../../../electron/core/import/inspect';
import { runImport, ImportCancelled } from '../../../electron/core/import/run';
import { listBatches, rejectedRowsOf, undoImport, undoPlan } from '../../../electron/core/import/batches';
import { exportData } from '../../../electron/core/export/exports';
import { createCustomer, getCustomer, updateCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { searchCustomers } from '../../../electron/core/search/search';
import { createInteraction } from '../../../electron/core/interactions/timeline';
import { listStaff } from '../../../electron/core/staff/staff';
import { listPurchases, savePurchase } from '../../../electron/core/purchases/purchases';
import { customerListQuery } from '../../../shared/customers/schemas';
import type { DuplicatePolicy } from '../../../shared/import/types';
import { csvText, gbkCsv, titledXlsx, utf16Tsv } from '../../fixtures/spreadsheets';
import { customer, memoryCore } from '../helpers';
import type { Db } from '../../../electron/core/db/open';

const total = (db: Db): number => listCustomers(db, customerListQuery.parse({})).total;

async function importFile(db: Db, name: string, bytes: Buffer, policy: DuplicatePolicy = 'skip') {
  const file = await prepareFile(db, name, bytes, { target: 'customers' });
  return runImport(db, file, { fileName: name, policy, actor: null });
}

describe('customer import', () => {
  it('imports a GBK CSV with a title row: normalises, rejects bad rows with reasons, keeps custom fields', async () => {
    const { db } = memoryCore();
    const file = await prepareFile(db, '客户名单.csv', gbkCsv(), { target: 'customers' });
    expect(file.table.encoding).toBe('gb18030');
    expect(file.headerRow).toBe(1);
    const preview = inspect(db, 'f1', '客户名单.csv', file);
    expect(preview.dataRows).toBe(6);
    expect(preview.valid).toBe(3);
    expect(preview.invalid).toBe(3);
    const issues = Object.fromEntries(preview.preview.map((r) => [r.cells[0], r.issues.map((i) => i.code)]));
    expect(issues).toMatchObject({
      张伟: [],
      王芳: ['phone.tooShort'],
      刘洋: ['residentId.checkDigit'],
      陈静: ['import.scientific'],
    });
    expect(preview.preview[0]?.values).toMatchObject({ mobile: '13800138000', birthDate: '1949-12-31', owner: '王丽' });

    const summary = runImport(db, file, { fileName: '客户名单.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 3, updated: 0, skipped: 0, rejected: 3 });
    const [emily] = searchCustomers(db, 'emily', 1);
    const stored = getCustomer(db, emily!.id);
    expect(stored.mobile).toBe('15012345678');
    expect(stored.birthDate).toBe('1990-02-15');
    expect(stored.ownerName).toBe('李强');
    const [li] = searchCustomers(db, '李娜', 1);
    expect(getCustomer(db, li!.id)).toMatchObject({
      mobile: '13912345678',
      birthDate: '1985-03-08',
      employer: '上海锦程贸易有限公司',
    });
    const rejected = rejectedRowsOf(db, summary.batchId);
    expect(rejected.rows.map((r) => r.rowNumber)).toEqual([6, 7, 8]);
  });

  it('reads Excel "Unicode text" (UTF-16, tabs) and a titled .xlsx the same way', async () => {
    const a = memoryCore();
    expect(await importFile(a.db, '客户.txt', utf16Tsv())).toMatchObject({ created: 3, rejected: 3 });
    const b = memoryCore();
    expect(await importFile(b.db, '客户.xlsx', await titledXlsx())).toMatchObject({ created: 3, rejected: 3 });
    expect(searchCustomers(b.db, 'zw', 5).map((h) => h.name)).toContain('张伟');
  });

  it('keeps unmapped columns as searchable custom fields', async () => {
    const { db } = memoryCore();
    const text = csvText(['姓名', '手机', '微信号', '开户网点'], [['周杰', '13600136000', 'zhoujie_88', '朝阳支行']]);
    await importFile(db, 'wx.csv', Buffer.from(text));
    const [hit] = searchCustomers(db, 'zhoujie_88', 5);
    expect(getCustomer(db, hit!.id).customFields).toEqual({ 微信号: 'zhoujie_88', 开户网点: '朝阳支行' });
  });

  it.each([
    ['skip', { created: 1, updated: 0, skipped: 2 }, { employer: '旧单位', position: null, email: 'old@example.com' }],
    [
      'fill',
      { created: 1, updated: 1, skipped: 1 },
      { employer: '旧单位', position: '主任', email: 'old@example.com' },
    ],
    [
      'overwrite',
      { created: 1, updated: 1, skipped: 1 },
      { employer: '新单位', position: '主任', email: 'old@example.com' },
    ],
    [
      'create',
      { created: 3, updated: 0, skipped: 0 },
      { employer: '旧单位', position: null, email: 'old@example.com' },
    ],
  ] as const)('duplicates with policy %s', async (policy, counts, zhang) => {
    const { db } = memoryCore();
    const existing = createCustomer(
      db,
      customer({ name: '张三', mobile: '13800138000', employer: '旧单位', email: 'old@example.com' }),
      null,
    );
    const existingBefore = getCustomer(db, existing.id);
    const text = csvText(
      ['姓名', '手机', '工作单位', '职务'],
      [
        ['张三', '138-0013-8000', '新单位', '主任'],
        ['张三', '13800138000', '新单位', '主任'], // the same person twice in one file
        ['孙丽', '13700137000', '', ''],
      ],
    );
    const summary = await importFile(db, 'dup.csv', Buffer.from(text), policy);
    expect(summary).toMatchObject(counts);
    const after = getCustomer(db, existing.id);
    expect({ employer: after.employer, position: after.position, email: after.email }).toEqual(zhang);
    if (policy === 'skip') {
      // Skip writes nothing to the existing customer: the record (version, update time) is as it was,
      // and the batch holds only the one customer it created.
      expect(after).toEqual(existingBefore);
      const items = db
        .prepare('SELECT action FROM import_batch_items WHERE batch_id = ? ORDER BY action')
        .all(summary.batchId);
      expect(items).toEqual([{ action: 'created' }]);
    }
  });

  it('undoes a whole batch: created rows removed, updated rows restored', async () => {
    const { db } = memoryCore();
    const existing = createCustomer(db, customer({ name: '张三', mobile: '13800138000', employer: '旧单位' }), null);
    const text = csvText(
      ['姓名', '手机', '工作单位'],
      [
        ['张三', '13800138000', '新单位'],
        ['孙丽', '13700137000', ''],
      ],
    );
    const summary = await importFile(db, 'u.csv', Buffer.from(text), 'overwrite');
    expect(total(db)).toBe(2);
    expect(getCustomer(db, existing.id).employer).toBe('新单位');
    expect(undoImport(db, summary.batchId, null)).toEqual({ removed: 1, restored: 1, kept: 0 });
    expect(total(db)).toBe(1);
    expect(getCustomer(db, existing.id).employer).toBe('旧单位');
    expect(searchCustomers(db, '孙丽', 5)).toEqual([]);
    expect(listBatches(db)[0]?.undoneAt).not.toBeNull();
    expect(() => undoImport(db, summary.batchId, null)).toThrow(/already undone/);
  });

  describe('undo after the customers were worked on', () => {
    // Each test starts at 09:00 on the import's day; the branch works on the customers later that day.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-11-30T09:00:00Z'));
    });
    afterEach(() => vi.useRealTimers());

    /** 张三 exists; the file updates him and creates 孙丽, 赵敏 and Emily Chen; an hour later the branch works on them. */
    async function workedOn() {
      const { db } = memoryCore();
      const zhang = createCustomer(db, customer({ name: '张三', mobile: '13800138000', employer: '旧单位' }), null);
      const text = csvText(
        ['姓名', '手机', '工作单位'],
        [
          ['张三', '138 0013 8000', '新单位'],
          ['孙丽', '137-0013-7000', ''],
          ['赵敏', '+86 139 0013 9000', ''],
          ['Emily Chen', '150 1234 5678', 'Acme Ltd'],
        ],
      );
      const summary = await importFile(db, 'u.csv', Buffer.from(text), 'overwrite');
      const id = (name: string): string => searchCustomers(db, name, 1)[0]!.id;
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      createInteraction(
        db,
        {
          customerId: id('孙丽'),
          kind: 'call',
          occurredAt: '2026-11-30T10:00:00+08:00',
          summary: '回访：有意向购买理财',
          outcome: null,
        },
        null,
      );
      const now = getCustomer(db, zhang.id);
      updateCustomer(db, zhang.id, { ...now, tags: [...now.tags], employer: '杭州新华书店' }, null);
      return { db, summary, zhang, sun: id('孙丽'), zhao: id('赵敏'), emily: id('Emily Chen') };
    }

    it('says what it would do, and keeps what was worked on since', async () => {
      const { db, summary, zhang, sun, zhao, emily } = await workedOn();
      expect(undoPlan(db, summary.batchId)).toEqual({ created: 3, updated: 1, changedSince: 2 });
      expect(undoImport(db, summary.batchId, null)).toEqual({ removed: 2, restored: 0, kept: 2 });
      // The call on 孙丽 is still there with her; 张三 keeps the employer entered after the import.
      expect(getCustomer(db, sun).name).toBe('孙丽');
      expect(db.prepare('SELECT count(*) AS n FROM interactions WHERE customer_id = ?').get(sun)).toEqual({ n: 1 });
      expect(getCustomer(db, zhang.id).employer).toBe('杭州新华书店');
      expect(() => getCustomer(db, zhao)).toThrow();
      expect(() => getCustomer(db, emily)).toThrow();
      expect(total(db)).toBe(2);
      expect(() => undoPlan(db, summary.batchId)).toThrow(/already undone/);
    });

    it('undoes everything when asked to, what was recorded on those customers included', async () => {
      const { db, summary, zhang, sun } = await workedOn();
      expect(undoImport(db, summary.batchId, null, { includeChanged: true })).toEqual({
        removed: 3,
        restored: 1,
        kept: 0,
      });
      expect(() => getCustomer(db, sun)).toThrow();
      expect(db.prepare('SELECT count(*) AS n FROM interactions').get()).toEqual({ n: 0 });
      expect(getCustomer(db, zhang.id).employer).toBe('旧单位');
      expect(total(db)).toBe(1);
    });

    it('undoing a later import that updated them puts back when they were last changed, so they are not kept', async () => {
      const { db } = memoryCore();
      const first = await importFile(
        db,
        '名单.csv',
        Buffer.from(
          csvText(
            ['姓名', '手机', '职务'],
            [
              ['孙丽', '137 0013 7000', '柜员'],
              ['Emily Chen', '150 1234 5678', 'Teller'],
            ],
          ),
        ),
      );
      const sun = searchCustomers(db, '孙丽', 1)[0]!.id;
      const stamp = getCustomer(db, sun).updatedAt;
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      const second = await importFile(
        db,
        '名单-更新.csv',
        Buffer.from(csvText(['姓名', '手机', '职务'], [['孙丽', '137 0013 7000', '大堂经理']])),
        'overwrite',
      );
      expect(second.updated).toBe(1);
      expect(undoPlan(db, first.batchId).changedSince).toBe(1);
      vi.setSystemTime(new Date('2026-11-30T11:00:00Z'));
      expect(undoImport(db, second.batchId, null)).toEqual({ removed: 0, restored: 1, kept: 0 });
      expect(getCustomer(db, sun)).toMatchObject({ position: '柜员', updatedAt: stamp });
      expect(undoPlan(db, first.batchId).changedSince).toBe(0);
      expect(undoImport(db, first.batchId, null)).toEqual({ removed: 2, restored: 0, kept: 0 });
      expect(total(db)).toBe(0);
    });

    it('a customer removed by undoing the import that created it is not restored by undoing a later one', async () => {
      const { db } = memoryCore();
      const rows = (position: string) =>
        Buffer.from(csvText(['姓名', '手机', '职务'], [['孙丽', '137 0013 7000', position]]));
      const first = await importFile(db, '名单.csv', rows('柜员'));
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      const second = await importFile(db, '名单-更新.csv', rows('大堂经理'), 'overwrite');
      expect(undoImport(db, first.batchId, null, { includeChanged: true })).toEqual({
        removed: 1,
        restored: 0,
        kept: 0,
      });
      expect(undoPlan(db, second.batchId)).toEqual({ created: 0, updated: 0, changedSince: 0 });
      expect(undoImport(db, second.batchId, null)).toEqual({ removed: 0, restored: 0, kept: 0 });
      expect(total(db)).toBe(0);
    });

    it('takes the account managers it added off the staff list, unless a kept customer is theirs', async () => {
      const { db } = memoryCore();
      const staffNames = (): string[] => listStaff(db).map((s) => s.name);
      const before = staffNames();
      const summary = await importFile(
        db,
        '名单.csv',
        Buffer.from(
          csvText(
            ['姓名', '手机', '客户经理'],
            [
              ['孙丽', '137 0013 7000', '王丽'],
              ['赵敏', '139 0013 9000', '赵经理'],
            ],
          ),
        ),
      );
      expect(staffNames()).toEqual(expect.arrayContaining([...before, '王丽', '赵经理']));
      vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
      const sun = searchCustomers(db, '孙丽', 1)[0]!.id;
      createInteraction(
        db,
        {
          customerId: sun,
          kind: 'visit',
          occurredAt: '2026-11-30T10:00:00+08:00',
          summary: '到网点办理定期',
          outcome: null,
        },
        null,
      );
      expect(undoImport(db, summary.batchId, null)).toEqual({ removed: 1, restored: 0, kept: 1 });
      // 孙丽 was kept and 王丽 is her account manager; nobody refers to 赵经理 any more.
      expect(staffNames()).toEqual(expect.arrayContaining([...before, '王丽']));
      expect(staffNames()).not.toContain('赵经理');
      expect(getCustomer(db, sun).ownerName).toBe('王丽');
    });

    it('keeps a customer that got a purchase, and an imported purchase edited since', async () => {
      const { db, zhao, emily } = await workedOn();
      vi.setSystemTime(new Date('2026-11-30T11:00:00Z'));
      const purchases = csvText(
        ['手机', '日期', '产品', '金额'],
        [
          ['13900139000', '2026-11-02', '稳健理财A', '50000'],
          ['15012345678', '2026-11-03', '基金定投', '1000'],
        ],
      );
      const file = await prepareFile(db, 'p.csv', Buffer.from(purchases), { target: 'transactions' });
      const batch = runImport(db, file, { fileName: 'p.csv', policy: 'skip', actor: null });
      expect(batch.created).toBe(2);
      vi.setSystemTime(new Date('2026-11-30T12:00:00Z'));
      const [fund] = listPurchases(db, emily);
      savePurchase(db, { ...fund!, amountCents: 200_000 }, null);

      // The customers' import: 赵敏 and Emily now have purchases, so they stay.
      const customersBatch = listBatches(db).find((b) => b.target === 'customers')!;
      expect(undoPlan(db, customersBatch.id).changedSince).toBe(4);
      // The purchases' import: the edited one stays, the other goes.
      expect(undoImport(db, batch.batchId, null)).toEqual({ removed: 1, restored: 0, kept: 1 });
      expect(listPurchases(db, zhao)).toEqual([]);
      expect(listPurchases(db, emily).map((t) => t.amountCents)).toEqual([200_000]);
    });
  });

  it('a cancelled import leaves the database exactly as it was', async () => {
    const { db } = memoryCore();
    const rows = Array.from({ length: 2000 }, (_, i) => [`客户${i}`, `139${String(i).padStart(8, '0')}`]);
    const file = await prepareFile(db, 'big.csv', Buffer.from(csvText(['姓名', '手机'], rows)), {
      target: 'customers',
    });
    const cacheSize = db.pragma('cache_size', { simple: true });
    let calls = 0;
    expect(() =>
      runImport(db, file, { fileName: 'big.csv', policy: 'skip', actor: null, isCancelled: () => ++calls > 2 }),
    ).toThrow(ImportCancelled);
    expect(total(db)).toBe(0);
    expect(listBatches(db)).toEqual([]);
    // What the import changes for its own speed is its own: the page cache, and FTS5's automerge (put back after
    // every slice: the default, 4, stored since migration 025).
    const automerge = (): unknown[] =>
      ['customers_fts', 'customers_short'].map(
        (t) => (db.prepare(`SELECT v FROM ${t}_config WHERE k = 'automerge'`).get() as { v: number } | undefined)?.v,
      );
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);
    expect(automerge()).toEqual([4, 4]);
    runImport(db, file, { fileName: 'big.csv', policy: 'skip', actor: null });
    expect(total(db)).toBe(2000);
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);
    expect(automerge()).toEqual([4, 4]);
    expect(searchCustomers(db, '客户1999', 5).map((h) => h.name)).toEqual(['客户1999']);
  });

  it('remembers the mapping for a file with the same headers', async () => {
    const { db } = memoryCore();
    const text = Buffer.from(csvText(['客户', '号码', '说明'], [['吴磊', '13500135000', '老客户']]));
    const first = await prepareFile(db, 'a.csv', text, { target: 'customers' });
    expect(first.rememberedMapping).toBe(false);
    runImport(
      db,
      { ...first, mapping: ['name', 'mobile', 'notes'] },
      { fileName: 'a.csv', policy: 'skip', actor: null },
    );
    const second = await prepareFile(db, 'b.csv', text, { target: 'customers' });
    expect(second.rememberedMapping).toBe(true);
    expect(second.mapping).toEqual(['name', 'mobile', 'notes']);
  });

  it('round-trips: export to .xlsx and to GBK CSV, import into an empty database, nothing lost', async () => {
    const source = memoryCore();
    createCustomer(
      source.db,
      customer({
        name: '张伟',
        mobile: '138 0013 8000',
        idNumber: '11010519491231002X',
        tags: ['VIP', '理财'],
        notes: '=1+1 不是公式',
        region: '北京市朝阳区',
      }),
      null,
    );
    createCustomer(
      source.db,
      customer({
        kind: 'company',
        name: '上海锦程贸易有限公司',
        idNumber: '91350100M000100Y43',
        phone: '021-54321098',
        industry: '贸易',
        headcount: 120,
      }),
      null,
    );
    createCustomer(
      source.db,
      customer({
        name: 'Emily Chen',
        mobile: '+44 20 7946 0958',
        email: 'emily@example.co.uk',
        gender: 'female',
        maritalStatus: 'married',
        source: 'walk_in',
      }),
      null,
    );
    for (const [format, encoding, language] of [
      ['xlsx', 'utf8', 'zh-CN'],
      ['csv', 'gbk', 'zh-CN'],
      ['csv', 'utf8', 'en'],
    ] as const) {
      const file = await exportData(source.db, {
        what: 'customers',
        format,
        encoding,
        language,
        filter: { query: '', kind: null, ownerId: null, region: null, tag: null },
      });
      if (format === 'csv' && encoding === 'gbk') expect(iconv.decode(file.bytes, 'gbk')).toContain("'=1+1 不是公式");
      const target = memoryCore();
      const summary = await importFile(target.db, file.fileName, file.bytes);
      expect(summary, `${format}/${encoding}/${language}`).toMatchObject({ created: 3, rejected: 0 });
      const strip = (db: Db) =>
        listCustomers(db, customerListQuery.parse({ sort: 'name', direction: 'asc' })).rows.map((r) => {
          const c = getCustomer(db, r.id);
          return { ...c, id: '', createdAt: '', updatedAt: '', createdBy: '', updatedBy: '' };
        });
      expect(strip(target.db)).toEqual(strip(source.db));
    }
  });
});

describe('transaction import', () => {
  it('matches customers by ID, mobile or a unique name and rejects the rest with the reason', async () => {
    const { db } = memoryCore();
    createCustomer(db, customer({ name: '张伟', mobile: '13800138000', idNumber: '11010519491231002X' }), null);
    createCustomer(db, customer({ name: '李娜', mobile: '13912345678' }), null);
    createCustomer(db, customer({ name: '王芳', mobile: '13700137001' }), null);
    createCustomer(db, customer({ name: '王芳', mobile: '13700137002' }), null);
    const text = csvText(
      ['客户姓名', '手机', '证件号码', '日期', '产品', '金额', '毛利'],
      [
        ['张伟', '', '11010519491231002X', '2026/3/1', '稳健理财A款', '￥50,000.00', '300'],
        ['', '139 1234 5678', '', '2026年4月2日', '基金定投', '2000', ''],
        ['李娜', '', '', '20260510', '保险', '1,200元', '80'],
        ['王芳', '', '', '2026-05-11', '理财', '100', ''],
        ['赵六', '', '', '2026-05-12', '理财', '100', ''],
        ['张伟', '', '', '2026-05-13', '理财', '一百', ''],
      ],
    );
    const file = await prepareFile(db, '交易.csv', Buffer.from(iconv.encode(text, 'gbk')), { target: 'transactions' });
    expect(file.mapping).toEqual(['name', 'mobile', 'idNumber', 'date', 'product', 'amount', 'profit']);
    const summary = runImport(db, file, { fileName: '交易.csv', policy: 'skip', actor: null });
    expect(summary).toMatchObject({ created: 3, rejected: 3 });
    expect(summary.rejectedRows.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['import.customerAmbiguous'],
      ['import.customerNotFound'],
      ['import.badAmount'],
    ]);
    const amounts = db.prepare('SELECT product, amount_cents AS a FROM transactions ORDER BY occurred_on').all();
    expect(amounts).toEqual([
      { product: '稳健理财A款', a: 5_000_000 },
      { product: '基金定投', a: 200_000 },
      { product: '保险', a: 120_000 },
    ]);
    undoImport(db, summary.batchId, null);
    expect(db.prepare('SELECT count(*) AS n FROM transactions').get()).toEqual({ n: 0 });
  });
});
