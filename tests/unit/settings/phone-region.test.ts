import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { defaultPhoneRegion, setDefaultPhoneRegion, DEFAULT_PHONE_REGION } from '../../../shared/rules/index';
import type { Customer } from '../../../shared/customers/types';
import type { Settings } from '../../../shared/settings/types';
import { memoryCore, withDb } from '../helpers';
import { updateSettings } from '../../../electron/core/settings/settings';

afterEach(() => setDefaultPhoneRegion(DEFAULT_PHONE_REGION));

describe('the default phone region setting', () => {
  it('is CN until changed, and a number without country code is then read in the region chosen', async () => {
    const core = memoryCore();
    const before = await core.dispatch('settings.get', {});
    expect(before.ok && (before.value as Settings).phoneRegion).toBe('CN');

    const refused = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '陈家明', mobile: '9123 4567' },
    });
    expect(!refused.ok && refused.error.issues).toEqual([{ path: 'customer.mobile', code: 'phone.invalid' }]);

    const saved = await core.dispatch('settings.update', { phoneRegion: 'HK' });
    expect(saved.ok && (saved.value as Settings).phoneRegion).toBe('HK');
    const created = await core.dispatch('customers.create', {
      customer: { kind: 'person', name: '陈家明', mobile: '9123 4567' },
    });
    expect(created.ok && (created.value as Customer).mobile).toBe('+85291234567');

    const reset = await core.dispatch('settings.update', { phoneRegion: null });
    expect(reset.ok && (reset.value as Settings).phoneRegion).toBe('CN');
    expect(defaultPhoneRegion()).toBe('CN');
  });

  it('refuses a region no numbering plan is known for', async () => {
    const reply = await memoryCore().dispatch('settings.update', { phoneRegion: 'XX' });
    expect(!reply.ok && reply.error.issues).toEqual([{ path: 'phoneRegion', code: 'field.invalid' }]);
  });

  it('is taken over when a database is opened, as the desktop app, the web page and the CLI open it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-region-'));
    try {
      const path = join(dir, 'branch.db');
      withDb(path, (db) => updateSettings(db, { phoneRegion: 'TW' }));
      setDefaultPhoneRegion('CN');
      const core = createCore({ dbPath: path, host: 'cli' });
      expect(defaultPhoneRegion()).toBe('TW');
      core.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
