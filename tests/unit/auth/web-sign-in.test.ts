import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web';

const dir = mkdtempSync(join(tmpdir(), 'dossier-web-sign-in-'));
let host: WebHost;
let token: string;

/** A request written by hand with the bare http client: exactly these headers and this body, nothing else. */
function post(channel: string, body: unknown, headers: Record<string, string>) {
  return new Promise<{ status: number; reply: { ok: boolean; value?: unknown; error?: { code: string } } }>(
    (resolve, reject) => {
      const text = JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/api/${channel}`,
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(text),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
          );
        },
      );
      req.on('error', reject);
      req.end(text);
    },
  );
}

const dbValue = (sql: string): unknown => {
  const db = new Database(join(dir, 'branch.db'), { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Dossier</title>');
  host = await startWebHost({ dbPath: join(dir, 'branch.db'), port: 0, rendererDir: join(dir, 'renderer') });
  token = new URL(host.url).hash.replace(/^#token=/, '');
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host with sign-in on', () => {
  it('refuses a staff session a manager’s channel even with a hand-written request', async () => {
    const t = { 'X-Dossier-Token': token };
    const desk = (await post('auth.status', {}, t)).reply.value as { me: { id: string } };
    const wang = (await post('staff.create', { name: '王芳' }, t)).reply.value as { id: string };
    expect((await post('auth.setSecret', { staffId: desk.me.id, secret: 'manager-2026' }, t)).reply.ok).toBe(true);
    expect((await post('auth.setSecret', { staffId: wang.id, secret: '135790' }, t)).reply.ok).toBe(true);
    expect((await post('auth.configure', { enabled: true }, t)).reply.ok).toBe(true);

    // The per-run token alone is no longer enough.
    const anonymous = await post('settings.update', { language: 'en' }, t);
    expect(anonymous.status).toBe(401);
    expect(anonymous.reply.error?.code).toBe('auth.required');

    const signIn = await post('auth.signIn', { staffId: wang.id, secret: '135790' }, t);
    const session = (signIn.reply.value as { session: string }).session;
    const asStaff = { ...t, 'X-Dossier-Session': session };
    for (const [channel, input] of [
      ['settings.update', { language: 'en' }],
      ['staff.create', { name: '赵强' }],
      ['auth.setRole', { staffId: wang.id, role: 'manager' }],
      ['auth.configure', { enabled: false }],
    ] as const) {
      const refused = await post(channel, input, asStaff);
      expect(refused.status).toBe(403);
      expect(refused.reply.error?.code).toBe('auth.forbidden');
    }
    expect(dbValue("SELECT value FROM settings WHERE key = 'language'")).toBeUndefined();
    expect(dbValue("SELECT role FROM staff WHERE name = '王芳'")).toBe('staff');
    expect(dbValue("SELECT count(*) FROM staff WHERE name = '赵强'")).toBe(0);
    expect(dbValue("SELECT value FROM settings WHERE key = 'auth.enabled'")).toBe('1');
    // The staff session works for what staff do, and its writes are theirs.
    const created = await post(
      'customers.create',
      { customer: { kind: 'person', name: '刘洋', mobile: '13912345678' } },
      asStaff,
    );
    expect(created.status).toBe(200);
    expect(dbValue("SELECT staff_id FROM audit_log WHERE entity = 'customer' AND action = 'create'")).toBe(wang.id);
    // Without the token the session is worth nothing.
    expect((await post('customers.list', {}, { 'X-Dossier-Session': session })).status).toBe(401);

    // A record of the manager's own customer, asked for by its id, is refused to the staff session as not found,
    // and what the staff session is answered has its phones masked.
    const managerSession = (
      (await post('auth.signIn', { staffId: desk.me.id, secret: 'manager-2026' }, t)).reply.value as {
        session: string;
      }
    ).session;
    const asManager = { ...t, 'X-Dossier-Session': managerSession };
    const kept = (
      await post(
        'customers.create',
        { customer: { kind: 'person', name: '李娜', mobile: '13787654321', ownerId: desk.me.id } },
        asManager,
      )
    ).reply.value as { id: string };
    const complaint = (
      await post(
        'complaints.create',
        { customerId: kept.id, channel: 'counter', category: 'billing_error', words: '账单金额有误' },
        asManager,
      )
    ).reply.value as { id: string };
    for (const [channel, input] of [
      ['complaints.get', { id: complaint.id }],
      ['complaints.update', { id: complaint.id, words: '改写' }],
      ['privacy.reveal', { id: kept.id }],
    ] as const) {
      const refused = await post(channel, input, asStaff);
      expect(refused.reply.error?.code).toBe('not_found');
    }
    expect(dbValue(`SELECT words FROM complaints WHERE id = '${complaint.id}'`)).toBe('账单金额有误');
    const listed = await post('customers.search', { query: '刘洋' }, asStaff);
    expect(JSON.stringify(listed.reply.value)).toContain('139****5678');
    expect(JSON.stringify(listed.reply.value)).not.toContain('13912345678');
  }, 30_000);
});
