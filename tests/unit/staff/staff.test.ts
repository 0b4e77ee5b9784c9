import { beforeEach, describe, expect, it } from 'vitest';
import type { StaffSummary } from '../../../shared/staff/types';
import { memoryCore, type TestCore } from '../helpers';

/** Calls a channel the way a host does and answers the value, or throws the error body. */
async function call<T = unknown>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel as never, input as never);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
  return reply.value as T;
}

async function failure(core: TestCore, channel: string, input: unknown) {
  const reply = await core.dispatch(channel as never, input as never);
  expect(reply.ok).toBe(false);
  if (reply.ok) throw new Error('expected a failure');
  return reply.error;
}

const overview = (core: TestCore) => call<StaffSummary[]>(core, 'staff.overview', {});
const pickerNames = async (core: TestCore) =>
  (await call<{ name: string }[]>(core, 'staff.list', {})).map((s) => s.name);
const audited = (core: TestCore, entity: string) =>
  core.db
    .prepare('SELECT entity_id AS id, action, changes FROM audit_log WHERE entity = ? ORDER BY rowid')
    .all(entity) as { id: string; action: string; changes: string | null }[];

describe('staff: add, rename, deactivate, reassign', () => {
  let core: TestCore;
  let wang: { id: string };
  let li: { id: string };
  beforeEach(async () => {
    core = memoryCore();
    wang = await call(core, 'staff.create', { name: '  王丽 ' });
    li = await call(core, 'staff.create', { name: 'Li Qiang' });
  });

  it('adds staff with a trimmed name, shows them in the pickers and audits each addition', async () => {
    expect(await pickerNames(core)).toEqual(['', 'Li Qiang', '王丽']);
    expect(audited(core, 'staff').map((a) => [a.id, a.action, JSON.parse(a.changes ?? 'null')])).toEqual([
      [wang.id, 'create', { name: '王丽' }],
      [li.id, 'create', { name: 'Li Qiang' }],
    ]);
  });

  it('refuses an empty, too long or already used name (case-insensitively) with the field and a clear key', async () => {
    expect((await failure(core, 'staff.create', { name: '   ' })).issues).toEqual([
      { path: 'name', code: 'staff.nameRequired' },
    ]);
    expect((await failure(core, 'staff.create', { name: '张'.repeat(51) })).issues).toEqual([
      { path: 'name', code: 'staff.nameTooLong' },
    ]);
    await call(core, 'staff.create', { name: '张'.repeat(50) });
    const taken = await failure(core, 'staff.create', { name: 'li qiang' });
    expect(taken.code).toBe('validation');
    expect(taken.issues).toEqual([{ path: 'name', code: 'staff.nameTaken' }]);
    expect((await failure(core, 'staff.rename', { id: wang.id, name: 'LI QIANG' })).issues).toEqual([
      { path: 'name', code: 'staff.nameTaken' },
    ]);
    expect(await pickerNames(core)).toEqual(['', 'Li Qiang', '张'.repeat(50), '王丽']);
  });

  it('renames, keeping the name on history, and audits before → after', async () => {
    const customer = await call<{ id: string }>(core, 'customers.create', {
      customer: { kind: 'person', name: '陈静', mobile: '13800138000', ownerId: li.id },
    });
    await call(core, 'staff.rename', { id: li.id, name: '李强' });
    expect(await pickerNames(core)).toEqual(['', '李强', '王丽']);
    const detail = await call<{ customer: { ownerName: string } }>(core, 'customers.get', { id: customer.id });
    expect(detail.customer.ownerName).toBe('李强');
    expect(audited(core, 'staff').at(-1)).toMatchObject({ id: li.id, action: 'update' });
    expect(JSON.parse(audited(core, 'staff').at(-1)?.changes ?? '{}')).toEqual({ name: ['Li Qiang', '李强'] });
  });

  it('reassigns all customers and open call-backs in one step, with the counts before and after, audited', async () => {
    const ids: string[] = [];
    for (const [name, mobile] of [
      ['赵磊', '13700137003'],
      ['Emily Chen', '15012345678'],
    ] as const)
      ids.push(
        (
          await call<{ id: string }>(core, 'customers.create', {
            customer: { kind: 'person', name, mobile, ownerId: wang.id },
          })
        ).id,
      );
    for (const customerId of ids)
      await call(core, 'callbacks.create', { customerId, dueOn: '2030-03-04', staffId: wang.id });
    // A done call-back stays with who made it.
    const done = await call<{ id: string }>(core, 'callbacks.create', { customerId: ids[0], dueOn: '2030-03-05' });
    core.db.prepare("UPDATE callbacks SET state = 'done', staff_id = ? WHERE id = ?").run(wang.id, done.id);

    const before = (await overview(core)).find((s) => s.id === wang.id);
    expect(before).toMatchObject({ name: '王丽', customers: 2, openCallbacks: 2, deactivatedAt: null });

    expect(await call(core, 'staff.reassignAll', { fromId: wang.id, toId: li.id })).toEqual({
      customers: 2,
      callbacks: 2,
    });
    const after = await overview(core);
    expect(after.find((s) => s.id === wang.id)).toMatchObject({ customers: 0, openCallbacks: 0 });
    expect(after.find((s) => s.id === li.id)).toMatchObject({ customers: 2, openCallbacks: 2 });
    expect(core.db.prepare('SELECT staff_id FROM callbacks WHERE id = ?').pluck().get(done.id)).toBe(wang.id);
    const customerAudit = audited(core, 'customer').filter((a) => a.action === 'update');
    expect(customerAudit.map((a) => JSON.parse(a.changes ?? '{}'))).toEqual([
      { ownerId: [wang.id, li.id] },
      { ownerId: [wang.id, li.id] },
    ]);
    expect(audited(core, 'callback').filter((a) => a.action === 'update')).toHaveLength(2);

    expect((await failure(core, 'staff.reassignAll', { fromId: li.id, toId: li.id })).issues).toEqual([
      { path: 'toId', code: 'staff.reassignSame' },
    ]);
  });

  it('deactivates: gone from the pickers, kept on history; refused while owning work unless handed over', async () => {
    await call(core, 'customers.create', {
      customer: { kind: 'person', name: '欧阳明华', mobile: '+86 139-1234-5678', ownerId: wang.id },
    });
    const owns = await failure(core, 'staff.deactivate', { id: wang.id });
    expect(owns.code).toBe('conflict');
    expect(owns.issues).toEqual([{ path: 'id', code: 'staff.stillOwns' }]);
    expect(await pickerNames(core)).toContain('王丽');

    expect(await call(core, 'staff.deactivate', { id: wang.id, reassignTo: li.id })).toEqual({
      customers: 1,
      callbacks: 0,
    });
    expect(await pickerNames(core)).toEqual(['', 'Li Qiang']);
    const row = (await overview(core)).find((s) => s.id === wang.id);
    expect(row?.name).toBe('王丽');
    expect(row?.deactivatedAt).not.toBeNull();
    expect(audited(core, 'staff').at(-1)).toMatchObject({ id: wang.id, action: 'delete' });
    // Work cannot be given to a deactivated staff member, nor can they be at the desk.
    expect((await failure(core, 'staff.reassignAll', { fromId: li.id, toId: wang.id })).code).toBe('not_found');
    expect((await failure(core, 'settings.update', { currentStaffId: wang.id })).code).toBe('not_found');

    // A new 王丽 may join; the old one then cannot come back under the same name until renamed.
    const second = await call<{ id: string }>(core, 'staff.create', { name: '王丽' });
    expect((await failure(core, 'staff.reactivate', { id: wang.id })).issues).toEqual([
      { path: 'name', code: 'staff.nameTaken' },
    ]);
    await call(core, 'staff.rename', { id: second.id, name: '王丽（营业部）' });
    await call(core, 'staff.reactivate', { id: wang.id });
    expect(await pickerNames(core)).toEqual(['', 'Li Qiang', '王丽', '王丽（营业部）']);
    expect(audited(core, 'staff').at(-1)).toMatchObject({ id: wang.id, action: 'restore' });
  });

  it('keeps the default staff member and the one at the desk', async () => {
    const me = (await overview(core)).find((s) => s.isDefault);
    const refusal = await failure(core, 'staff.deactivate', { id: me?.id });
    expect(refusal.issues).toEqual([{ path: 'id', code: 'staff.defaultStays' }]);
    await call(core, 'settings.update', { currentStaffId: li.id });
    const current = await failure(core, 'staff.deactivate', { id: li.id });
    expect(current.issues).toEqual([{ path: 'id', code: 'staff.currentStays' }]);
    expect(current.details).toMatchObject({ name: 'Li Qiang' });
    expect(await pickerNames(core)).toEqual(['', 'Li Qiang', '王丽']);
    // What the desk does is recorded under the current staff member.
    await call(core, 'staff.deactivate', { id: wang.id });
    expect(core.db.prepare("SELECT staff_id FROM audit_log WHERE action = 'delete'").pluck().get()).toBe(li.id);
  });
});
