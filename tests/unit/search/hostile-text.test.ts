import { describe, expect, it } from 'vitest';
import { memoryCore } from '../helpers';

describe('search and list text a person did not mean to type', () => {
  it('treats a NUL like a space instead of failing', async () => {
    const core = memoryCore();
    const created = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '张伟', mobile: '13812345678' },
    });
    expect(created.ok).toBe(true);
    const names = (r: unknown) =>
      (r as { ok: boolean; value: readonly { name: string }[] | { rows: readonly { name: string }[] } }).ok
        ? ((v) => ('rows' in v ? v.rows : v).map((h) => h.name))(
            (r as { value: readonly { name: string }[] | { rows: readonly { name: string }[] } }).value,
          )
        : r;
    expect(names(await core.dispatch('customers.search', { query: '张伟\u0000' }))).toEqual(['张伟']);
    expect(names(await core.dispatch('customers.search', { query: '\u0000' }))).toEqual([]);
    expect(names(await core.dispatch('customers.list', { query: '\u0000张伟' }))).toEqual(['张伟']);
    // A NUL inside a pasted number reads as the space between its groups: 138 1234 is how 13812345678 begins.
    expect(names(await core.dispatch('customers.list', { query: '138\u00001234' }))).toEqual(['张伟']);
    expect(names(await core.dispatch('customers.list', { query: '139\u00001234' }))).toEqual([]);
    expect(names(await core.dispatch('customers.list', { query: 'zhang\u0000' }))).toEqual(['张伟']);
  });
});
