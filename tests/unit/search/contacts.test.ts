/**
 * A company is found by its contacts: a contact's name (characters, pinyin, initials) or mobile finds the company in
 * the search box and in the list's search, and stays right as contacts are added, renamed and removed, as the
 * company is edited or updated by an import, and in a database migrated from before.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { deleteContact, saveContact } from '../../../electron/core/contacts/contacts';
import { createCustomer, getCustomer, updateCustomer } from '../../../electron/core/customers/records';
import { listCustomers } from '../../../electron/core/customers/list';
import { migrate, type Db } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import * as contactsSearch from '../../../electron/core/db/migrations/010-contacts-search';
import { prepareFile } from '../../../electron/core/import/prepare';
import { runImport } from '../../../electron/core/import/run';
import { registerFunctions } from '../../../electron/core/search/functions';
import { searchCustomers } from '../../../electron/core/search/search';
import { contactInput } from '../../../shared/contacts/schemas';
import { customerListQuery } from '../../../shared/customers/schemas';
import { csvText } from '../../fixtures/spreadsheets';
import { checkSearchIndexes } from '../import/snapshot';
import { customer, memoryCore } from '../helpers';

const COMPANY = customer({
  kind: 'company',
  name: '杭州恒达机械有限公司',
  idNumber: '91350100M000100Y43',
  phone: '0571-8888 6666',
  region: '浙江省杭州市',
});

function branch(): { db: Db; companyId: string } {
  const { db } = memoryCore();
  const companyId = createCustomer(db, COMPANY, null).id;
  // Others that must not come up for the contacts' names.
  createCustomer(db, customer({ name: '张伟', mobile: '13800138000' }), null);
  createCustomer(db, customer({ kind: 'company', name: '上海锦程贸易有限公司' }), null);
  return { db, companyId };
}

const addContact = (db: Db, customerId: string, name: string, mobile: string | null, id?: string) =>
  saveContact(db, contactInput.parse({ customerId, id, name, mobile, role: 'decision_maker' }), null);

/** The names found for a query, and what the search says matched for the company. */
function search(db: Db, query: string): { names: string[]; company: { matched: string; contact?: string } | null } {
  const hits = searchCustomers(db, query, 20);
  const company = hits.find((h) => h.name === COMPANY.name);
  return {
    names: hits.map((h) => h.name),
    company: company ? { matched: company.matched, ...(company.contact ? { contact: company.contact } : {}) } : null,
  };
}

const listed = (db: Db, query: string): string[] =>
  listCustomers(db, customerListQuery.parse({ query, pageSize: 50 })).rows.map((r) => r.name);

describe('a company found by its contacts', () => {
  it('by a contact’s name, pinyin, initials or mobile, saying which contact matched', () => {
    const { db, companyId } = branch();
    expect(search(db, '李建国').names).toEqual([]);
    addContact(db, companyId, '李建国', '139 1234 5678');
    addContact(db, companyId, '王芳', null);
    addContact(db, companyId, 'Tom Baker', '+86 137-0013-7000');
    const byLi = { matched: 'contact', contact: '李建国' };
    for (const q of ['李建国', '建国', 'lijianguo', 'jianguo', 'ljg', '13912345678', '139 1234 5678', '12345678'])
      expect(search(db, q), q).toEqual({ names: [COMPANY.name], company: byLi });
    // Two characters and two letters go through the short index.
    for (const q of ['王芳', '芳', 'wangfang', 'wf'])
      expect(search(db, q).company, q).toEqual({ matched: 'contact', contact: '王芳' });
    for (const q of ['baker', 'Tom Baker', '13700137000'])
      expect(search(db, q).company, q).toEqual({ matched: 'contact', contact: 'Tom Baker' });
    // The company's own name still says name.
    expect(search(db, '恒达').company).toEqual({ matched: 'name' });
    // The customer list's search finds it too.
    expect(listed(db, '李建国')).toEqual([COMPANY.name]);
    expect(listed(db, '王芳')).toEqual([COMPANY.name]);
    checkSearchIndexes(db);
  });

  it('follows a renamed, a re-numbered and a removed contact', () => {
    const { db, companyId } = branch();
    const li = addContact(db, companyId, '李建国', '13912345678');
    addContact(db, companyId, '陈静', null);
    addContact(db, companyId, '李建华', '13912345679', li.id);
    expect(search(db, '李建国').names).toEqual([]);
    expect(search(db, 'ljg').names).toEqual([]);
    expect(search(db, '13912345678').names).toEqual([]);
    expect(search(db, '李建华').company).toEqual({ matched: 'contact', contact: '李建华' });
    expect(search(db, '13912345679').company).toEqual({ matched: 'contact', contact: '李建华' });
    deleteContact(db, li.id, null);
    expect(search(db, '李建华').names).toEqual([]);
    expect(search(db, 'ljh').names).toEqual([]);
    expect(search(db, '陈静').company).toEqual({ matched: 'contact', contact: '陈静' });
    checkSearchIndexes(db);
  });

  it('keeps the contacts when the company is edited or updated by an import', async () => {
    const { db, companyId } = branch();
    addContact(db, companyId, '欧阳娜娜', '13600136000');
    updateCustomer(db, companyId, { ...COMPANY, region: '浙江省宁波市', tags: ['对公'] }, null);
    expect(search(db, '欧阳娜娜').company).toEqual({ matched: 'contact', contact: '欧阳娜娜' });
    expect(search(db, '娜娜').company).toEqual({ matched: 'contact', contact: '欧阳娜娜' });

    const file = csvText(
      ['客户名称', '统一社会信用代码', '地区', '行业'],
      [[COMPANY.name, '91350100M000100Y43', '浙江省温州市', '制造业']],
    );
    const bytes = Buffer.from(file, 'utf8');
    const prepared = await prepareFile(db, '对公客户.csv', bytes, { target: 'customers' });
    const summary = runImport(db, prepared, { fileName: '对公客户.csv', policy: 'overwrite', actor: null });
    expect(summary).toMatchObject({ updated: 1, rejected: 0 });
    expect(getCustomer(db, companyId).region).toBe('浙江省温州市');
    for (const q of ['欧阳娜娜', '娜娜', 'oynn', '13600136000'])
      expect(search(db, q).company, q).toEqual({ matched: 'contact', contact: '欧阳娜娜' });
    checkSearchIndexes(db);
  });

  it('in a database whose contacts were added before contacts were searchable', () => {
    const version = MIGRATIONS.findIndex((m) => m.up === contactsSearch.up);
    const db = new Database(':memory:');
    registerFunctions(db);
    migrate(db, version);
    const companyId = createCustomer(db, COMPANY, null).id;
    db.prepare(
      `INSERT INTO contacts (id, customer_id, name, role, mobile, created_at, updated_at)
       VALUES ('k1', ?, '李建国', 'decision_maker', '13912345678', 'x', 'x'),
              ('k2', ?, '王芳', 'influencer', NULL, 'x', 'x')`,
    ).run(companyId, companyId);
    expect(searchCustomers(db, '李建国', 20)).toEqual([]);
    migrate(db);
    expect(search(db, '李建国').company).toEqual({ matched: 'contact', contact: '李建国' });
    expect(search(db, 'wf').company).toEqual({ matched: 'contact', contact: '王芳' });
    expect(search(db, '13912345678').company).toEqual({ matched: 'contact', contact: '李建国' });
    checkSearchIndexes(db);
  });
});
