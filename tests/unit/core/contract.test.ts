import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/channels';
import { contract } from '../../../shared/contract';
import { memoryCore } from '../helpers';
import type { Customer, CustomerDetail } from '../../../shared/customers/types';

describe('contract and dispatch', () => {
  it('has one schema per channel and a handler for each', () => {
    const core = memoryCore();
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(core.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers invalid input with field issues as i18n keys, and writes nothing', async () => {
    const core = memoryCore();
    const reply = await core.dispatch('customers.create', {
      customer: {
        kind: 'person',
        name: '  ',
        mobile: '1381234',
        idNumber: '110105194912310021',
        email: 'not-an-email',
      },
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('validation');
    expect(reply.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'customer.name', code: 'name.required' },
        { path: 'customer.mobile', code: 'phone.tooShort' },
        { path: 'customer.email', code: 'email.invalid' },
      ]),
    );
    const list = await core.dispatch('customers.list', {});
    expect(list.ok && (list.value as { total: number }).total).toBe(0);
  });

  it('reports a wrong ID check digit against the ID field', async () => {
    const core = memoryCore();
    const reply = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '王芳', idNumber: '110105194912310021' },
    });
    expect(!reply.ok && reply.error.issues).toEqual([{ path: 'customer.idNumber', code: 'residentId.checkDigit' }]);
  });

  it('refuses a likely duplicate unless asked to create anyway', async () => {
    const core = memoryCore();
    const first = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '李娜', mobile: '13912345678' },
    });
    expect(first.ok).toBe(true);
    const again = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '李娜', mobile: '139 1234 5678' },
    });
    expect(!again.ok && again.error.code).toBe('conflict');
    expect(!again.ok && again.error.details?.duplicateId).toBe(first.ok && (first.value as Customer).id);
    const anyway = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '李娜', mobile: '139 1234 5678' },
      allowDuplicate: true,
    });
    expect(anyway.ok).toBe(true);
  });

  it('logs a call onto the customer timeline, newest first', async () => {
    const core = memoryCore();
    const created = await core.handlers['customers.create']({
      customer: (await import('../../../shared/customers/schemas')).customerInput.parse({
        kind: 'person',
        name: '陈静',
      }),
      allowDuplicate: false,
    });
    for (const [when, summary] of [
      ['2026-03-01T09:30:00+08:00', '季度回访，客户满意'],
      ['2026-05-12T14:00:00+08:00', '推荐基金定投，客户考虑中'],
    ] as const) {
      const r = await core.dispatch('interactions.create', {
        customerId: created.id,
        kind: 'call',
        occurredAt: when,
        summary,
      });
      expect(r.ok).toBe(true);
    }
    const detail = await core.dispatch('customers.get', { id: created.id });
    const value = detail.ok ? (detail.value as CustomerDetail) : null;
    expect(value?.interactions.map((i) => i.summary)).toEqual(['推荐基金定投，客户考虑中', '季度回访，客户满意']);
    expect(value?.interactions[0]?.occurredAt).toBe('2026-05-12T06:00:00.000Z');
    expect(value?.interactionTotal).toBe(2);
  });

  it('answers unknown channels and missing records with specific codes', async () => {
    const core = memoryCore();
    const unknown = await core.dispatch('customers.drop', {});
    expect(!unknown.ok && unknown.error.code).toBe('unknown_channel');
    const missing = await core.dispatch('customers.get', { id: '01900000-0000-7000-8000-000000000000' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const noCustomer = await core.dispatch('interactions.create', {
      customerId: '01900000-0000-7000-8000-000000000000',
      kind: 'call',
      occurredAt: '2026-01-01T00:00:00Z',
      summary: '电话',
    });
    expect(!noCustomer.ok && noCustomer.error.code).toBe('not_found');
  });

  it('takes only UUIDs as ids', async () => {
    const core = memoryCore();
    for (const id of ['-'.repeat(36), '01900000000070008000000000000000----', '01900000-0000-7000-8000-00000000000g']) {
      const r = await core.dispatch('customers.get', { id });
      expect(!r.ok && r.error.code).toBe('validation');
    }
  });

  it('remembers the chosen language', async () => {
    const core = memoryCore();
    expect((await core.handlers['settings.get']({})).language).toBeNull();
    await core.dispatch('settings.update', { language: 'en' });
    expect((await core.handlers['settings.get']({})).language).toBe('en');
    const bad = await core.dispatch('settings.update', { language: 'fr' });
    expect(bad.ok).toBe(false);
  });
});
