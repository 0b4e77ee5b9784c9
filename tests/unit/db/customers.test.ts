import { beforeEach, describe, expect, it } from 'vitest';
import {
  createCustomer,
  deleteCustomer,
  findDuplicates,
  getCustomer,
  listCustomers,
  listTrash,
  restoreCustomer,
  searchCustomers,
  updateCustomer,
} from '../../../electron/core/db/customers';
import { createStaff } from '../../../electron/core/db/staff';
import { customerListQuery } from '../../../shared/schemas';
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

  it('treats search operators and wildcards as plain text', () => {
    expect(searchCustomers(core.db, '"OR" NEAR(a b)', 10)).toEqual([]);
    expect(searchCustomers(core.db, '%', 10)).toEqual([]);
    expect(searchCustomers(core.db, '_', 10)).toEqual([]);
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

  it('filters by owner', () => {
    const wang = createStaff(core.db, '王丽');
    createCustomer(core.db, customer({ name: '李四', ownerId: wang.id }), null);
    const page = list(core, { ownerId: wang.id });
    expect(names(page.rows)).toEqual(['李四']);
    expect(page.rows[0]!.ownerName).toBe('王丽');
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
