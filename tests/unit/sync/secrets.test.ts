/**
 * A host with a keychain (the desktop) keeps the head-office password there: Settings stores it in the host's store,
 * never in the branch database, a password already in the database moves to the store, and pushes still sign in
 * with it. Without a store (web host, CLI) the database keeps it as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import type { SecretStore } from '../../../electron/core/sync/state';
import { createCustomer } from '../../../electron/core/customers/records';
import { customer, withDb } from '../helpers';
import { headOffice, hqCount, seededBranch, type HeadOffice } from './branches';

let hq: HeadOffice;
let db = '';

/** The branch's URL split as a user types it in Settings: the address, and the password apart. */
function typed(): { url: string; password: string } {
  const url = new URL(hq.branchUrl('SH01'));
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), password };
}

function fakeStore(): SecretStore & { value: string | null; writes: number } {
  const store = {
    value: null as string | null,
    writes: 0,
    read: () => store.value,
    write: (password: string | null) => {
      store.value = password;
      store.writes++;
    },
  };
  return store;
}

const passwordInDb = (path: string): string | null =>
  withDb(
    path,
    (d) =>
      (d.prepare("SELECT value FROM sync_state WHERE key = 'password'").get() as { value: string } | undefined)
        ?.value ?? null,
  );

/** Every value the branch database holds about its head office, to look for the password anywhere in it. */
const syncStateText = (path: string): string =>
  withDb(path, (d) => JSON.stringify(d.prepare('SELECT key, value FROM sync_state').all()));

beforeAll(async () => {
  hq = await headOffice(['SH01']);
  db = await seededBranch('SH01', 20, 5);
}, 120_000);

afterAll(async () => {
  await hq?.close();
});

describe('the head-office password with a host keychain', () => {
  it('goes to the store, never into the database, and the push signs in with it', async () => {
    const store = fakeStore();
    const { url, password } = typed();
    const core = createCore({ dbPath: db, host: 'cli', secrets: store });
    try {
      const configured = await core.dispatch('sync.configure', { url, password });
      expect(configured.ok).toBe(true);
      expect(store.value).toBe(password);
      expect(passwordInDb(db)).toBeNull();
      expect(syncStateText(db)).not.toContain(password);

      expect((await core.handlers['sync.status']({})).passwordSet).toBe(true);

      const pushed = await core.handlers['sync.push'](undefined);
      expect(pushed.queueLeft).toBe(0);
      expect(await hqCount(hq.admin, 'customers', 'SH01')).toBe(20);
    } finally {
      core.close();
    }
    expect(syncStateText(db)).not.toContain(password);
  });

  it('without the store the push cannot sign in: the password really lives only there', async () => {
    const core = createCore({ dbPath: db, host: 'cli', secrets: fakeStore() });
    try {
      createCustomer(core.db, customer({ name: '王芳', mobile: '13812345678' }), null);
      const pushed = await core.dispatch('sync.push', undefined);
      expect(pushed.ok).toBe(false);
      expect(!pushed.ok && pushed.error.issues?.[0]?.code).toBe('sync.error.auth');
      expect((await core.handlers['sync.status']({})).queue).toBeGreaterThan(0);
    } finally {
      core.close();
    }
  });

  it('a password the database kept before moves into the store at start', async () => {
    const { url, password } = typed();
    // As the web host or the CLI stores it: in the database.
    const plain = createCore({ dbPath: db, host: 'cli' });
    try {
      expect((await plain.dispatch('sync.configure', { url, password })).ok).toBe(true);
    } finally {
      plain.close();
    }
    expect(passwordInDb(db)).toBe(password);

    const store = fakeStore();
    const core = createCore({ dbPath: db, host: 'cli', secrets: store });
    try {
      expect(store.value).toBe(password);
      expect(passwordInDb(db)).toBeNull();
      const pushed = await core.dispatch('sync.push', undefined);
      expect(pushed.ok, JSON.stringify(pushed)).toBe(true);
      expect(await hqCount(hq.admin, 'customers', 'SH01')).toBe(21);
    } finally {
      core.close();
    }
  });

  it('clearing the address forgets the password in the store too', async () => {
    const store = fakeStore();
    store.value = typed().password;
    const core = createCore({ dbPath: db, host: 'cli', secrets: store });
    try {
      expect((await core.dispatch('sync.configure', { url: '' })).ok).toBe(true);
      expect(store.value).toBeNull();
      expect((await core.handlers['sync.status']({})).url).toBeNull();
    } finally {
      core.close();
    }
  });
});
