import { beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, getCustomer } from '../../../electron/core/customers/records';
import { createStaff } from '../../../electron/core/staff/staff';
import type { BulkResult } from '../../../shared/customers/types';
import { customer, memoryCore, type TestCore } from '../helpers';

/** Calls a channel as a host does (the contract's schema first) and answers the value or the error body. */
async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { body: reply.error });
  return reply.value as T;
}

const count = (core: TestCore, sql: string, ...params: unknown[]): number =>
  (core.db.prepare(sql).get(...params) as { n: number }).n;

describe('bulk changes on the customer list', () => {
  let core: TestCore;
  const ids: Record<string, string> = {};
  beforeEach(() => {
    core = memoryCore();
    const add = (name: string, extra: Parameters<typeof customer>[0]) => {
      ids[name] = createCustomer(core.db, customer(extra), null).id;
    };
    add('张三', { name: '张三', mobile: '138 0013 8000', region: '杭州市', tags: ['VIP'] });
    add('李四', { name: '李四', mobile: '+86 139-1234-5678', region: '杭州市', tags: ['VIP', '理财'] });
    add('王芳', { name: '王芳', mobile: '15012345678', region: '上海市', tags: ['理财'] });
    add('Emily Chen', { name: 'Emily Chen', mobile: '13700001111', region: '上海市' });
    add('赵敏', { name: '赵敏', phone: '010-87654321', region: '北京市', tags: ['沉睡客户'] });
  });

  it('adds a tag to every customer the filter matches, in one go, with an audit entry for each one changed', async () => {
    const before = count(core, 'SELECT count(*) AS n FROM audit_log');
    const result = await call<BulkResult>(core, 'customers.bulk', {
      target: { filter: { query: '', region: '杭州市' } },
      action: { kind: 'addTag', tag: ' 理财 ' },
    });
    // 李四 already holds it: matched two, changed one.
    expect(result).toEqual({ matched: 2, changed: 1, deletedAt: null });
    expect(getCustomer(core.db, ids['张三']!).tags).toEqual(['VIP', '理财']);
    expect(count(core, "SELECT count(*) AS n FROM customer_tags WHERE tag = '理财'")).toBe(3);
    expect(count(core, 'SELECT count(*) AS n FROM audit_log') - before).toBe(1);
    const entry = core.db
      .prepare("SELECT entity_id AS id, changes FROM audit_log WHERE action = 'update' ORDER BY id DESC LIMIT 1")
      .get() as { id: string; changes: string };
    expect(entry.id).toBe(ids['张三']);
    expect(JSON.parse(entry.changes)).toEqual({ tags: [['VIP'], ['VIP', '理财']] });
  });

  it('removes a tag from the picked customers only, and the tag filter no longer finds them', async () => {
    const result = await call<BulkResult>(core, 'customers.bulk', {
      target: { ids: [ids['李四'], ids['王芳'], ids['张三']] },
      action: { kind: 'removeTag', tag: '理财' },
    });
    expect(result).toEqual({ matched: 3, changed: 2, deletedAt: null });
    expect(getCustomer(core.db, ids['李四']!).tags).toEqual(['VIP']);
    const page = await call<{ total: number }>(core, 'customers.list', { tag: '理财' });
    expect(page.total).toBe(0);
  });

  it('hands customers to an account manager and refuses one who does not work here, changing nothing', async () => {
    const wang = createStaff(core.db, '王经理');
    const result = await call<BulkResult>(core, 'customers.bulk', {
      target: { filter: { query: '', tags: ['VIP', '沉睡客户'], tagMatch: 'any' } },
      action: { kind: 'setOwner', ownerId: wang.id },
    });
    expect(result).toEqual({ matched: 3, changed: 3, deletedAt: null });
    expect(getCustomer(core.db, ids['赵敏']!).ownerName).toBe('王经理');
    expect(getCustomer(core.db, ids['王芳']!).ownerId).toBeNull();

    const unknown = '01900000-0000-7000-8000-000000000000';
    await expect(
      call(core, 'customers.bulk', { target: { ids: [ids['王芳']] }, action: { kind: 'setOwner', ownerId: unknown } }),
    ).rejects.toMatchObject({ body: { code: 'not_found' } });
    expect(getCustomer(core.db, ids['王芳']!).ownerId).toBeNull();
  });

  it('sends the filtered customers to the recycle bin and the undo brings back exactly those', async () => {
    const single = createCustomer(core.db, customer({ name: '孙丽', region: '上海市' }), null);
    const result = await call<BulkResult>(core, 'customers.bulk', {
      target: { filter: { query: '', region: '上海市', kind: 'person' } },
      action: { kind: 'delete' },
    });
    expect(result.matched).toBe(3);
    expect(result.changed).toBe(3);
    expect(result.deletedAt).not.toBeNull();
    expect((await call<{ total: number }>(core, 'customers.list', {})).total).toBe(3);
    expect((await call<{ total: number }>(core, 'customers.trash', {})).total).toBe(3);

    // One of them restored by hand first: the undo restores the rest, and nothing deleted at another time.
    await call(core, 'customers.restore', { id: single.id });
    await call(core, 'customers.delete', { id: ids['张三'] });
    const undone = await call<{ restored: number }>(core, 'customers.undoBulkDelete', { deletedAt: result.deletedAt });
    expect(undone).toEqual({ restored: 2 });
    expect(getCustomer(core.db, ids['王芳']!).deletedAt).toBeNull();
    expect(getCustomer(core.db, ids['张三']!, true).deletedAt).not.toBeNull();
    expect(count(core, "SELECT count(*) AS n FROM audit_log WHERE action = 'restore'")).toBe(3);
  });

  it('audits each changed customer with its before and after, keeping the order of the tags left', async () => {
    const fund = createCustomer(
      core.db,
      customer({ name: '周婷', mobile: '13200132008', tags: ['VIP', '理财', '基金'] }),
      null,
    );
    const wang = createStaff(core.db, '王经理');
    const entries = (id: string) =>
      (
        core.db.prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY rowid').all(id) as {
          action: string;
          changes: string;
        }[]
      ).map((r) => [r.action, JSON.parse(r.changes) as unknown]);
    await call(core, 'customers.bulk', {
      target: { ids: [fund.id, ids['Emily Chen']] },
      action: { kind: 'removeTag', tag: '理财' },
    });
    await call(core, 'customers.bulk', { target: { ids: [fund.id] }, action: { kind: 'setOwner', ownerId: wang.id } });
    const { deletedAt } = await call<BulkResult>(core, 'customers.bulk', {
      target: { ids: [fund.id] },
      action: { kind: 'delete' },
    });
    await call(core, 'customers.undoBulkDelete', { deletedAt });
    expect(getCustomer(core.db, fund.id).tags).toEqual(['VIP', '基金']);
    expect(entries(fund.id).slice(1)).toEqual([
      [
        'update',
        {
          tags: [
            ['VIP', '理财', '基金'],
            ['VIP', '基金'],
          ],
        },
      ],
      ['update', { ownerId: [null, wang.id] }],
      ['delete', { bulk: true }],
      ['restore', { bulk: true }],
    ]);
    // Emily Chen held no such tag: nothing written for her.
    expect(entries(ids['Emily Chen']!)).toHaveLength(1);
  });

  it('refuses a tag past the limit for the whole selection: nothing is half-written', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `标签${i + 1}`);
    const full = createCustomer(core.db, customer({ name: '钱多多', tags: many }), null);
    await expect(
      call(core, 'customers.bulk', {
        target: { ids: [ids['Emily Chen'], full.id] },
        action: { kind: 'addTag', tag: '新客户' },
      }),
    ).rejects.toMatchObject({ body: { code: 'validation', issues: [{ path: 'action.tag', code: 'tag.tooMany' }] } });
    expect(getCustomer(core.db, ids['Emily Chen']!).tags).toEqual([]);
    expect(count(core, "SELECT count(*) AS n FROM customer_tags WHERE tag = '新客户'")).toBe(0);
  });

  it('refuses an empty selection and an empty tag with the field they belong to', async () => {
    await expect(
      call(core, 'customers.bulk', { target: { ids: [] }, action: { kind: 'delete' } }),
    ).rejects.toMatchObject({ body: { code: 'validation' } });
    await expect(
      call(core, 'customers.bulk', { target: { ids: [ids['张三']] }, action: { kind: 'addTag', tag: '  ' } }),
    ).rejects.toMatchObject({ body: { issues: [{ path: 'action.tag', code: 'tag.empty' }] } });
  });
});

describe('the list filter with several tags', () => {
  let core: TestCore;
  beforeEach(() => {
    core = memoryCore();
    createCustomer(core.db, customer({ name: '张三', tags: ['VIP'] }), null);
    createCustomer(core.db, customer({ name: '李四', tags: ['VIP', '理财'] }), null);
    createCustomer(core.db, customer({ name: '王芳', tags: ['理财'] }), null);
    createCustomer(core.db, customer({ name: 'Emily Chen' }), null);
  });
  const names = async (filter: Record<string, unknown>) =>
    await call<{ rows: { name: string }[]; total: number }>(core, 'customers.list', {
      sort: 'name',
      direction: 'asc',
      ...filter,
    });

  it('finds customers holding any of the tags, or all of them', async () => {
    const any = await names({ tags: ['VIP', '理财'], tagMatch: 'any' });
    expect(any.rows.map((r) => r.name)).toEqual(['李四', '王芳', '张三']);
    expect(any.total).toBe(3);
    const all = await names({ tags: ['VIP', '理财'], tagMatch: 'all' });
    expect(all.rows.map((r) => r.name)).toEqual(['李四']);
    expect(all.total).toBe(1);
    // Any is the default; `tag` and `tags` together.
    expect((await names({ tag: 'VIP', tags: ['理财'] })).total).toBe(3);
  });

  it('counts a customer holding several of the tags once, and leaves out the recycle bin', async () => {
    const li = (await names({ query: '李四' })).rows[0] as unknown as { id: string };
    await call(core, 'customers.delete', { id: li.id });
    const any = await names({ tags: ['VIP', '理财'] });
    expect(any.total).toBe(2);
    expect(any.rows.map((r) => r.name)).toEqual(['王芳', '张三']);
  });

  it('lists tags, regions and account managers in pinyin order', async () => {
    createCustomer(
      core.db,
      customer({ name: '周杰', tags: ['北京', 'AAA', '重要客户', '阿里'], region: '长沙市' }),
      null,
    );
    createCustomer(core.db, customer({ name: '吴磊', region: '安庆市' }), null);
    createCustomer(core.db, customer({ name: '郑爽', region: '郑州市' }), null);
    createStaff(core.db, '赵敏');
    createStaff(core.db, '白雪');
    createStaff(core.db, 'Mary');
    const facets = await call<{ tags: string[]; regions: string[]; staff: { name: string }[] }>(
      core,
      'customers.facets',
      {},
    );
    expect(facets.tags).toEqual(['AAA', '阿里', '北京', '理财', 'VIP', '重要客户']);
    expect(facets.regions).toEqual(['安庆市', '长沙市', '郑州市']);
    expect(facets.staff.map((s) => s.name).filter(Boolean)).toEqual(['白雪', 'Mary', '赵敏']);
  });
});

describe('a selection or a filter with several tags, exported or called', () => {
  let core: TestCore;
  const ids: Record<string, string> = {};
  beforeEach(() => {
    core = memoryCore();
    for (const [name, tags] of [
      ['张三', ['VIP']],
      ['李四', ['VIP', '理财']],
      ['王芳', ['理财']],
      ['Emily Chen', []],
    ] as const)
      ids[name] = createCustomer(core.db, customer({ name, mobile: null, tags: [...tags] }), null).id;
  });

  it('exports exactly the picked customers', async () => {
    const file = await call<{ base64: string }>(core, 'export.create', {
      format: 'csv',
      language: 'en',
      filter: { query: '', ids: [ids['王芳'], ids['Emily Chen']] },
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain('王芳');
    expect(text).toContain('Emily Chen');
    expect(text).not.toContain('张三');
    expect(text.trim().split(/\r?\n/)).toHaveLength(3);
  });

  it('plans a campaign for the customers holding all of the tags', async () => {
    const staff = createStaff(core.db, '王丽');
    const preview = await call<{ selected: number }>(core, 'campaigns.preview', {
      name: '理财到期回访',
      fromOn: '2025-09-29',
      toOn: '2025-09-30',
      staffIds: [staff.id],
      perDayCap: 10,
      selection: { tags: ['VIP', '理财'], tagMatch: 'all' },
      today: '2025-09-24',
    });
    expect(preview.selected).toBe(1);
    const any = await call<{ selected: number }>(core, 'campaigns.preview', {
      name: '理财到期回访',
      fromOn: '2025-09-29',
      toOn: '2025-09-30',
      staffIds: [staff.id],
      perDayCap: 10,
      selection: { tags: ['VIP', '理财'] },
      today: '2025-09-24',
    });
    expect(any.selected).toBe(3);
  });
});
