import { beforeEach, describe, expect, it } from 'vitest';
import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  listTrash,
  restoreCustomer,
  updateCustomer,
} from '../../../electron/core/customers/records';
import { findDuplicates } from '../../../electron/core/customers/duplicates';
import { listCustomers } from '../../../electron/core/customers/list';
import { searchCustomers } from '../../../electron/core/search/search';
import { createStaff } from '../../../electron/core/staff/staff';
import { residentIdCheckChar } from '../../../shared/rules/index';
import { customerListQuery } from '../../../shared/customers/schemas';
import { customer, memoryCore, type TestCore } from '../helpers';

const list = (core: TestCore, q: Record<string, unknown> = {}) => listCustomers(core.db, customerListQuery.parse(q));
const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name);

describe('customer repository', () => {
  let core: TestCore;
  beforeEach(() => {
    core = memoryCore();
    createCustomer(
      core.db,
      customer({
        name: '张三',
        mobile: '138 0013 8000',
        employer: '杭州恒达机械有限公司',
        region: '杭州市',
        tags: ['VIP'],
      }),
      null,
    );
    createCustomer(
      core.db,
      customer({ name: '欧阳明华', mobile: '+86 139-1234-5678', idNumber: '11010519491231002X' }),
      null,
    );
    createCustomer(
      core.db,
      customer({ name: 'Emily Chen', mobile: '15012345678', email: 'emily.chen@example.com', region: '上海市' }),
      null,
    );
    createCustomer(core.db, customer({ name: '曾小贤', phone: '(010) 8765-4321', employer: '北京广播电台' }), null);
    createCustomer(
      core.db,
      customer({
        kind: 'company',
        name: '上海锦程贸易有限公司',
        idNumber: '91350100M000100Y43',
        region: '上海市',
        tags: ['企业主', 'VIP'],
      }),
      null,
    );
  });

  it('stores phones in one normalised form and derives birth date and gender from the ID', () => {
    const [hit] = searchCustomers(core.db, '欧阳', 5);
    const c = getCustomer(core.db, hit!.id);
    expect(c.mobile).toBe('13912345678');
    expect(c.birthDate).toBe('1949-12-31');
    expect(c.gender).toBe('female');
  });

  it.each([
    ['Chinese two-character substring', '阳明', '欧阳明华'],
    ['Chinese three-character substring', '欧阳明', '欧阳明华'],
    ['pinyin initials', 'zs', '张三'],
    ['pinyin initials of a four-character name', 'oymh', '欧阳明华'],
    ['full pinyin', 'zhangsan', '张三'],
    ['full pinyin with a space', 'zhang san', '张三'],
    ['surname read as a surname (曾 = zeng)', 'zengxiaoxian', '曾小贤'],
    ['mobile typed with spaces', '138 0013', '张三'],
    ['mobile typed with +86 and dashes', '+86 139-1234-5678', '欧阳明华'],
    ['landline digits', '87654321', '曾小贤'],
    ['ID number fragment', '19491231', '欧阳明华'],
    ['company substring', '恒达机械', '张三'],
    ['email', 'emily.chen@', 'Emily Chen'],
    ['English name, any case', 'EMILY', 'Emily Chen'],
    ['full-width digits', '１３８００１３', '张三'],
  ])('search finds by %s', (_what, query, expected) => {
    expect(names(searchCustomers(core.db, query, 10))).toContain(expected);
  });

  it('ranks an exact name above a partial match and says why a row matched', () => {
    createCustomer(core.db, customer({ name: '张三丰' }), null);
    const hits = searchCustomers(core.db, '张三', 10);
    expect(names(hits).slice(0, 2)).toEqual(['张三', '张三丰']);
    expect(hits[0]!.matched).toBe('name');
    expect(searchCustomers(core.db, 'zs', 10)[0]!.matched).toBe('pinyin');
    expect(searchCustomers(core.db, '13800138000', 10)[0]!.matched).toBe('phone');
  });

  it('puts a mobile or ID number that starts with the digits above one that only holds them', () => {
    // 李's landline 010-13800130 holds 1380013 too; 张三's mobile 13800138000 starts with it.
    createCustomer(core.db, customer({ name: '李', phone: '010-13800130' }), null);
    expect(names(searchCustomers(core.db, '1380013', 10))).toEqual(['张三', '李']);
    expect(names(searchCustomers(core.db, '110105', 10))).toEqual(['欧阳明华']);
    // A large match (a limit of 1) ranks the same way through its candidates.
    expect(names(searchCustomers(core.db, '1380013', 1))).toEqual(['张三']);
  });

  it('treats search operators and wildcards as plain text', () => {
    expect(searchCustomers(core.db, '"OR" NEAR(a b)', 10)).toEqual([]);
    expect(searchCustomers(core.db, '%', 10)).toEqual([]);
    expect(searchCustomers(core.db, '_', 10)).toEqual([]);
  });

  it('finds a longer term only where its characters are adjacent, in search, list and count', () => {
    // Both hold 西湖区 and 湖区文, the trigrams of 西湖区文; only the first holds 西湖区文 itself.
    createCustomer(core.db, customer({ name: '林晓', address: '杭州市西湖区文三路 1 号' }), null);
    createCustomer(
      core.db,
      customer({ name: '周敏', region: '杭州市西湖区', customFields: { 单位: '湖区文化站' } }),
      null,
    );
    expect(names(searchCustomers(core.db, '西湖区文', 10))).toEqual(['林晓']);
    expect(names(searchCustomers(core.db, '湖区文化', 10))).toEqual(['周敏']);
    expect(names(searchCustomers(core.db, '西湖区', 10)).sort()).toEqual(['周敏', '林晓']);
    const page = list(core, { query: '西湖区文' });
    expect([page.total, names(page.rows)]).toEqual([1, ['林晓']]);
    expect(list(core, { query: '西湖区文', region: '杭州市西湖区' }).total).toBe(0);
    // Latin and digits alike: emily.chen@example.com holds "ample" but not "emplo".
    expect(names(searchCustomers(core.db, 'example.com', 10))).toEqual(['Emily Chen']);
    expect(searchCustomers(core.db, 'emplo', 10)).toEqual([]);
    expect(names(searchCustomers(core.db, '0013 8000', 10))).toEqual(['张三']);
    expect(searchCustomers(core.db, '00138001', 10)).toEqual([]);
  });

  it('lists with paging, pinyin sort and filters in SQL', () => {
    const page = list(core, { sort: 'name', direction: 'asc', pageSize: 2 });
    expect(page.total).toBe(5);
    expect(names(page.rows)).toEqual(['Emily Chen', '欧阳明华']);
    expect(names(list(core, { sort: 'name', direction: 'asc', pageSize: 2, page: 1 }).rows)).toEqual([
      '上海锦程贸易有限公司',
      '曾小贤',
    ]);
    expect(names(list(core, { tag: 'VIP', sort: 'name', direction: 'asc' }).rows)).toEqual([
      '上海锦程贸易有限公司',
      '张三',
    ]);
    expect(list(core, { kind: 'company' }).total).toBe(1);
    expect(list(core, { region: '上海市' }).total).toBe(2);
    expect(names(list(core, { query: 'zs' }).rows)).toEqual(['张三']);
  });

  it('pages through customers that share a time (an import writes them all at once) each once, in a stable order', () => {
    for (let i = 0; i < 120; i++)
      createCustomer(
        core.db,
        customer({ name: `导入客户${i}`, employer: i % 2 ? '杭州恒达机械有限公司' : '杭州银行' }),
        null,
      );
    core.db.exec(
      "UPDATE customers SET created_at = '2030-01-01T08:00:00.000Z', updated_at = created_at WHERE name LIKE '导入%'",
    );
    for (const q of [
      { sort: 'updatedAt', direction: 'desc' },
      { sort: 'createdAt', direction: 'asc' },
      { sort: 'updatedAt', direction: 'desc', query: '有限公司' },
      { sort: 'name', direction: 'asc', query: '导入' },
    ]) {
      const all = list(core, { ...q, pageSize: 200 });
      const pages = [0, 1, 2, 3, 4, 5].flatMap((page) => list(core, { ...q, pageSize: 25, page }).rows);
      expect(
        pages.map((r) => r.id),
        JSON.stringify(q),
      ).toEqual(all.rows.map((r) => r.id));
      expect(new Set(pages.map((r) => r.id)).size).toBe(all.total);
    }
    expect(list(core, { sort: 'updatedAt', direction: 'desc', query: '有限公司' }).total).toBe(62);
    // Ties newest first when descending, oldest first when ascending.
    const tied = list(core, { sort: 'updatedAt', direction: 'desc', pageSize: 3 }).rows.map((r) => r.name);
    expect(tied).toEqual(['导入客户119', '导入客户118', '导入客户117']);
    expect(list(core, { sort: 'createdAt', direction: 'asc', pageSize: 200 }).rows.at(-1)?.name).toBe('导入客户119');
  });

  it('filters by owner', () => {
    const wang = createStaff(core.db, '王丽');
    createCustomer(core.db, customer({ name: '李四', ownerId: wang.id }), null);
    const page = list(core, { ownerId: wang.id });
    expect(names(page.rows)).toEqual(['李四']);
    expect(page.rows[0]!.ownerName).toBe('王丽');
  });

  it('sorts by region, then name in pinyin order, and by account manager with the unassigned last', () => {
    const fresh = memoryCore();
    const wang = createStaff(fresh.db, '王丽');
    const chen = createStaff(fresh.db, 'Chen Lei');
    const add = (name: string, region: string | null, ownerId: string | null) =>
      createCustomer(fresh.db, customer({ name, region, ownerId }), null);
    add('赵敏', '杭州市', wang.id);
    add('Brian Walsh', '上海市', null);
    add('安娜', '杭州市', chen.id);
    add('钱伟', '北京市', wang.id);
    add('孙丽', null, chen.id);
    const sorted = (sort: string, direction: string) => names(list(fresh, { sort, direction, pageSize: 10 }).rows);
    // Regions by their text (上海 before 北京 before 杭州), no region first ascending; then names in pinyin order.
    expect(sorted('region', 'asc')).toEqual(['孙丽', 'Brian Walsh', '钱伟', '安娜', '赵敏']);
    expect(sorted('region', 'desc')).toEqual(['赵敏', '安娜', '钱伟', 'Brian Walsh', '孙丽']);
    // By the staff member's name; customers nobody manages stay last in both directions.
    expect(sorted('owner', 'asc')).toEqual(['安娜', '孙丽', '钱伟', '赵敏', 'Brian Walsh']);
    expect(sorted('owner', 'desc')).toEqual(['钱伟', '赵敏', '安娜', '孙丽', 'Brian Walsh']);
    fresh.db.close();
  });

  it('updates fields, tags and the search index together, and audits the change', () => {
    const [zhang] = searchCustomers(core.db, '张三', 1);
    updateCustomer(
      core.db,
      zhang!.id,
      customer({ name: '张三', mobile: '13800138000', employer: '宁波港集团', tags: ['理财'] }),
      null,
    );
    expect(getCustomer(core.db, zhang!.id).employer).toBe('宁波港集团');
    expect(names(searchCustomers(core.db, '宁波港', 5))).toEqual(['张三']);
    expect(searchCustomers(core.db, '恒达机械', 5)).toEqual([]);
    expect(list(core, { tag: 'VIP' }).total).toBe(1);
    const audit = core.db
      .prepare('SELECT action, changes FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(zhang!.id) as {
      action: string;
      changes: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.changes)).toMatchObject({ employer: ['杭州恒达机械有限公司', '宁波港集团'] });
  });

  it('soft-deletes to the recycle bin and restores', () => {
    const [emily] = searchCustomers(core.db, 'emily', 1);
    deleteCustomer(core.db, emily!.id, null);
    expect(searchCustomers(core.db, 'emily', 5)).toEqual([]);
    expect(list(core).total).toBe(4);
    expect(names(listTrash(core.db, 0, 10).rows)).toEqual(['Emily Chen']);
    expect(() => getCustomer(core.db, emily!.id)).toThrow(/No customer/);
    restoreCustomer(core.db, emily!.id, null);
    expect(names(searchCustomers(core.db, 'emily', 5))).toEqual(['Emily Chen']);
    expect(listTrash(core.db, 0, 10).total).toBe(0);
  });

  describe('one- and two-character Chinese terms beyond names', () => {
    const add = (input: Parameters<typeof customer>[0]) => createCustomer(core.db, customer(input), null).id;
    let li: string;
    let zhou: string;
    beforeEach(() => {
      li = add({
        name: '李明',
        employer: '招商银行北京分行',
        region: '北京市朝阳区',
        address: '北京市朝阳区建国路88号1201室',
      });
      zhou = add({ name: '周婷', customFields: { 爱好: '钓鱼', 来源备注: '老客户介绍' } });
      add({ kind: 'company', name: '招商局物业管理有限公司', region: '深圳市南山区' });
    });
    const ids = (q: string, limit = 10) => searchCustomers(core.db, q, limit).map((h) => h.id);

    it.each([
      ['employer, two characters', '招商'],
      ['employer, one character', '招'],
      ['region, two characters', '朝阳'],
      ['region, three characters (trigram)', '朝阳区'],
      ['address', '建国'],
    ])('finds by %s', (_what, q) => {
      expect(ids(q)).toContain(li);
      expect(list(core, { query: q }).rows.map((r) => r.id)).toContain(li);
    });

    it('finds by a custom field value, one or two characters', () => {
      expect(ids('钓鱼')).toEqual([zhou]);
      expect(ids('钓')).toEqual([zhou]);
      expect(ids('老客')).toEqual([zhou]);
      expect(list(core, { query: '钓鱼' })).toMatchObject({ total: 1, rows: [{ id: zhou }] });
    });

    it('ranks name matches first, then matches in other fields', () => {
      const hits = searchCustomers(core.db, '招商', 10);
      expect(names(hits)).toEqual(['招商局物业管理有限公司', '李明']);
      expect(hits.map((h) => h.matched)).toEqual(['name', 'employer']);
      // Three characters or more go through the trigram index and rank the same way.
      add({ name: '王芳', employer: '招商局物业管理有限公司' });
      expect(names(searchCustomers(core.db, '招商局', 10))).toEqual(['招商局物业管理有限公司', '王芳']);
    });

    it('keeps no pair across two fields, and no house or room number in the search text', () => {
      // The region ends in 区 and the address starts with 北: 区北 is no pair of any one field.
      expect(ids('区北')).toEqual([]);
      expect(ids('行北')).toEqual([li]); // 招商银行北京分行
      expect(ids('1201')).toEqual([]);
      expect(ids('88号')).toEqual([]);
    });

    it('follows updates and renames, and forgets deleted customers', () => {
      updateCustomer(core.db, li, customer({ name: '李明', employer: '建设银行', region: '上海市浦东新区' }), null);
      expect(ids('招商')).not.toContain(li);
      expect(ids('朝阳')).toEqual([]);
      expect(ids('浦东')).toEqual([li]);
      expect(ids('建设')).toEqual([li]);
      updateCustomer(core.db, li, customer({ name: '黎敏', employer: '建设银行' }), null);
      expect(ids('李明')).toEqual([]);
      expect(ids('黎敏')).toEqual([li]);
      expect(ids('浦东')).toEqual([]);
      updateCustomer(core.db, zhou, customer({ name: '周婷', customFields: { 爱好: '登山' } }), null);
      expect(ids('钓鱼')).toEqual([]);
      expect(ids('登山')).toEqual([zhou]);
      deleteCustomer(core.db, zhou, null);
      expect(ids('登山')).toEqual([]);
      expect(list(core, { query: '登山' })).toEqual({ rows: [], total: 0 });
      restoreCustomer(core.db, zhou, null);
      expect(ids('登山')).toEqual([zhou]);
    });
  });

  describe('large matches (probing the set while walking the sort index)', () => {
    // With page size 1 and a few customers every set counts as large, so these run the other plan than the
    // tests above; both must give the same rows in the same order.
    beforeEach(() => {
      for (const [name, tags] of [
        ['陈一', ['VIP']],
        ['陈二', ['VIP', '理财']],
        ['陈三', ['理财']],
        ['吴四', ['VIP']],
      ] as const)
        createCustomer(core.db, customer({ name, region: '北京市海淀区', tags: [...tags] }), null);
    });
    const pages = (q: Record<string, unknown>) => {
      const all = list(core, { ...q, pageSize: 50 });
      const one = Array.from({ length: all.total + 1 }, (_, page) => list(core, { ...q, pageSize: 1, page }));
      return { all, one };
    };

    it.each([
      [{ tag: 'VIP', sort: 'name', direction: 'asc' }],
      [{ tag: 'VIP', sort: 'updatedAt' }],
      [{ tag: 'VIP', sort: 'region', direction: 'desc' }],
      [{ tag: 'VIP', sort: 'owner' }],
      [{ tag: '理财', query: '海淀', sort: 'name' }],
      [{ query: '海淀', sort: 'createdAt', direction: 'asc' }],
      [{ query: '陈', sort: 'name' }],
      [{ tag: 'VIP', kind: 'person', sort: 'name' }],
      [{ tag: 'VIP', region: '北京市海淀区', sort: 'name' }],
      [{ query: '陈', region: '北京市海淀区', sort: 'updatedAt' }],
      [{ query: '北京市', sort: 'name', direction: 'desc' }],
    ])('pages %j the same either way, with the same total', (q) => {
      const { all, one } = pages(q);
      expect(all.total).toBeGreaterThan(0);
      expect(one.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.rows.map((r) => r.id));
      for (const p of one) expect(p.total).toBe(all.total);
    });

    it('counts a tag or a term without its deleted customers', () => {
      expect(list(core, { tag: 'VIP' }).total).toBe(5); // 张三 and the company from the outer setup
      const [chen] = searchCustomers(core.db, '陈一', 1);
      deleteCustomer(core.db, chen!.id, null);
      expect(list(core, { tag: 'VIP' }).total).toBe(4);
      expect(list(core, { tag: 'VIP', pageSize: 1 }).total).toBe(4);
      expect(list(core, { query: '海淀' }).total).toBe(3);
      expect(list(core, { query: '海淀', pageSize: 1 }).total).toBe(3);
      expect(names(list(core, { query: '陈', sort: 'name', direction: 'asc' }).rows)).toEqual(['陈二', '陈三']);
    });

    it('ranks name matches first when a search matches many', () => {
      createCustomer(core.db, customer({ name: '钱海淀', region: '北京市朝阳区' }), null);
      // 海淀 is in four regions and one name; a limit of 1 takes the large-match path, 10 the other.
      expect(names(searchCustomers(core.db, '海淀', 1))).toEqual(['钱海淀']);
      const hits = searchCustomers(core.db, '海淀', 10);
      expect(names(hits)).toEqual(['钱海淀', '陈二', '陈三', '陈一', '吴四']); // then pinyin order
      expect(names(searchCustomers(core.db, '海淀区', 1))).toHaveLength(1);
      expect(names(searchCustomers(core.db, '海淀区', 10))).toHaveLength(4);
    });
  });

  it('puts an exact mobile first when its digits are in many customers, then the rest in name order', () => {
    // 19491231002 is this mobile, and the middle of resident IDs from four districts (and of 欧阳明华's).
    createCustomer(core.db, customer({ name: '魏甲', mobile: '19491231002' }), null);
    for (const [district, name] of [
      ['110101', '安乙'],
      ['110102', '白丙'],
      ['110106', '曹丁'],
      ['110108', '邓戊'],
    ] as const) {
      const first17 = `${district}19491231002`;
      createCustomer(core.db, customer({ name, idNumber: first17 + residentIdCheckChar(first17) }), null);
    }
    // A limit of 1 takes the large-match path (candidates, then the rest), 10 ranks every match; both agree.
    expect(names(searchCustomers(core.db, '19491231002', 1))).toEqual(['魏甲']);
    expect(names(searchCustomers(core.db, '194 9123 1002', 10))).toEqual([
      '魏甲',
      '安乙',
      '白丙',
      '曹丁',
      '邓戊',
      '欧阳明华',
    ]);
    const [top] = searchCustomers(core.db, '19491231002', 1);
    expect(top?.matched).toBe('phone');
    expect(names(searchCustomers(core.db, '9123100', 2))).toEqual(['安乙', '白丙']);
  });

  it('an e-mail fragment that many customers share comes back in name order either way', () => {
    for (const [name, email] of [
      ['邓戊', 'deng@qq.com'],
      ['安乙', 'an@qq.com'],
      ['曹丁', 'cao@qq.com'],
      ['白丙', 'bai@qq.com'],
    ] as const)
      createCustomer(core.db, customer({ name, email }), null);
    // A limit of 1 takes the large-match path (no candidates: the rest in name order), 10 ranks every match.
    expect(names(searchCustomers(core.db, 'qq.com', 1))).toEqual(['安乙']);
    expect(names(searchCustomers(core.db, 'QQ.com', 10))).toEqual(['安乙', '白丙', '曹丁', '邓戊']);
    expect(searchCustomers(core.db, '@qq.com', 2).map((h) => h.matched)).toEqual(['email', 'email']);
  });

  it('finds likely duplicates by mobile, ID number, or name at the same employer', () => {
    const byMobile = findDuplicates(core.db, customer({ name: '张叁', mobile: '138-0013-8000' }), null);
    expect(byMobile.map((d) => [d.name, d.reasons])).toEqual([['张三', ['mobile']]]);
    const byId = findDuplicates(core.db, customer({ name: '欧阳', idNumber: '11010519491231002x' }), null);
    expect(byId.map((d) => d.reasons)).toEqual([['idNumber']]);
    const byEmployer = findDuplicates(core.db, customer({ name: '曾小贤', employer: '北京广播电台' }), null);
    expect(byEmployer.map((d) => d.reasons)).toEqual([['nameEmployer']]);
    expect(findDuplicates(core.db, customer({ name: '曾小贤' }), null)).toEqual([]);
    const self = byMobile[0]!.id;
    expect(findDuplicates(core.db, customer({ name: '张三', mobile: '13800138000' }), self)).toEqual([]);
  });
});

describe('a large match gathered in one part of the sort order (as an import leaves it)', () => {
  // 600 customers in 西湖区, then 2,400 newer ones elsewhere: by updatedAt descending every 西湖区 customer comes
  // after 2,400 others, so walking the sort order would read them all before the first match.
  const core = memoryCore();
  for (let i = 0; i < 600; i++)
    createCustomer(
      core.db,
      customer({ name: `西湖客户${i}`, region: '杭州市西湖区', tags: i % 3 ? [] : ['理财'] }),
      null,
    );
  core.db.exec(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2399)
    INSERT INTO customers (id, kind, name, region, search_text, created_at, updated_at)
    SELECT 'later-' || i, 'person', '滨江客户' || i, '杭州市滨江区', '滨江客户' || i || char(10) || '杭州市滨江区',
      '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z' FROM n`);
  const expected = (where: string): string[] =>
    (
      core.db
        .prepare(
          `SELECT name FROM customers c WHERE deleted_at IS NULL AND ${where} ORDER BY updated_at DESC, rowid DESC`,
        )
        .all() as { name: string }[]
    ).map((r) => r.name);

  it.each([
    [{ query: '西湖区' }, "instr(search_text, '西湖区') > 0"],
    [{ query: '西湖' }, "instr(region, '西湖') > 0"],
    [{ query: '西湖区', tag: '理财' }, "instr(search_text, '西湖区') > 0 AND tags LIKE '%理财%'"],
    [{ tag: '理财' }, "tags LIKE '%理财%'"],
  ])('pages %j in order with the right total, on the first page and deeper', (q, where) => {
    const all = expected(where);
    expect(all.length).toBeGreaterThan(150);
    for (const page of [0, 1, 3]) {
      const got = list(core, { ...q, sort: 'updatedAt', direction: 'desc', pageSize: 50, page });
      expect(names(got.rows), `page ${page}`).toEqual(all.slice(page * 50, page * 50 + 50));
      expect(got.total).toBe(all.length);
    }
  });

  it('still walks when the matches come first', () => {
    const page = list(core, { query: '滨江区', sort: 'updatedAt', direction: 'desc', pageSize: 50 });
    expect(names(page.rows)).toEqual(expected("instr(search_text, '滨江区') > 0").slice(0, 50));
    expect(page.total).toBe(2400);
  });
});
