import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/csp';
import { startWebHost, type WebHost } from '../../../electron/web';
import type { Reply } from '../../../shared/result';

/** Known contents outside the renderer folder: a traversal that works would hand them out. */
const SECRET = 'DOSSIER-SECRET-5f1c2e';
const INDEX_HTML = '<!doctype html><html lang="zh-CN"><title>Dossier</title><div id="root"></div></html>';

// Made at collection time: the traversal table below names it.
const dir = mkdtempSync(join(tmpdir(), 'dossier-web-host-'));
let dbPath: string;
let host: WebHost;
let token: string;
let base: string;

interface Raw {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/**
 * A request exactly as written: fetch resolves `..` and fixes the Host header before anything leaves,
 * so traversal and DNS-rebinding probes need the bare http client.
 */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function api(channel: string, input: unknown, headers: Record<string, string> = { 'x-dossier-token': token }) {
  const res = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  return { status: res.status, headers: res.headers, reply: (await res.json()) as Reply<unknown> };
}

const zhangWei = { kind: 'person', name: '张伟', gender: 'male', mobile: '138 0013 8000', region: '上海市浦东新区' };

function customerCount(): number {
  const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

function expectSecurityHeaders(headers: Headers | Raw['headers']): void {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  expect(get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(get('x-frame-options')).toBe('DENY');
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('cache-control')).toBe('no-store');
  expect(get('referrer-policy')).toBe('no-referrer');
  // No CORS grant: a page on another origin can neither read our answers nor pass the preflight.
  expect(get('access-control-allow-origin') ?? null).toBeNull();
}

beforeAll(async () => {
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), INDEX_HTML);
  writeFileSync(join(renderer, 'assets', 'index-3f9a.js'), 'console.log("dossier");');
  writeFileSync(join(renderer, 'assets', 'index-3f9a.js.map'), `{"sourcesContent":["${SECRET}"]}`);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  // A sibling whose name starts like the renderer folder: a bare prefix test would let it through.
  mkdirSync(join(dir, 'renderer-private'));
  writeFileSync(join(dir, 'renderer-private', 'key.txt'), SECRET);
  dbPath = join(dir, 'branch.db');
  host = await startWebHost({ dbPath, port: 0, rendererDir: renderer });
  base = `http://127.0.0.1:${host.port}`;
  token = new URL(host.url).hash.replace(/^#token=/, '');
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web host: address and token', () => {
  it('listens on loopback and hands out a fresh random token in the fragment only', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${token}`);
    expect(host.port).toBeGreaterThan(0);
    // 24 random bytes in base64url.
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('refuses every call without the right token (401) and writes nothing', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { 'x-dossier-token': '' },
      { 'x-dossier-token': 'wrong-token' },
      // Same length, one character off: the comparison must be over the whole token.
      { 'x-dossier-token': `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` },
      { 'x-dossier-token': `${token}x` },
      { 'x-dossier-token': token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase() },
      // Only the dedicated header counts: not a bearer token, not a cookie.
      { authorization: `Bearer ${token}` },
      { cookie: `token=${token}` },
    ];
    for (const headers of attempts) {
      const res = await api('customers.create', { customer: zhangWei }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.reply).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } });
      expectSecurityHeaders(res.headers);
    }
    // Nor in the query string, where it would end up in logs and the Referer.
    const inQuery = await fetch(`${base}/api/customers.create?token=${token}`, {
      method: 'POST',
      body: JSON.stringify({ customer: zhangWei }),
    });
    expect(inQuery.status).toBe(401);

    expect(customerCount()).toBe(0);
    const list = await api('customers.list', {});
    expect(list.reply).toMatchObject({ ok: true, value: { total: 0, rows: [] } });
  });

  it('guards reads as well as writes', async () => {
    const res = await api('app.info', {}, {});
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.reply)).not.toContain(dbPath);
  });

  it('answers the right token with the ok envelope', async () => {
    const created = await api('customers.create', { customer: zhangWei });
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('application/json');
    expectSecurityHeaders(created.headers);
    expect(created.reply).toMatchObject({
      ok: true,
      value: { name: '张伟', mobile: '13800138000', region: '上海市浦东新区' },
    });
    const list = await api('customers.list', { query: '张伟' });
    expect(list.reply).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: '张伟' }] } });
    expect(customerCount()).toBe(1);
  });

  it('only takes POST on the API', async () => {
    const get = await fetch(`${base}/api/app.info`, { headers: { 'x-dossier-token': token } });
    expect(get.status).toBe(405);
    // A cross-origin preflight gets no CORS grant, so a foreign page cannot send the token header at all.
    const preflight = await raw('/api/customers.create', {
      method: 'OPTIONS',
      headers: {
        host: `127.0.0.1:${host.port}`,
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-dossier-token, content-type',
      },
    });
    expect(preflight.status).toBe(405);
    expectSecurityHeaders(preflight.headers);
  });
});

describe('web host: Host header (DNS rebinding)', () => {
  it('serves only the loopback names it listens on', async () => {
    for (const name of [`127.0.0.1:${host.port}`, `localhost:${host.port}`]) {
      const res = await raw('/', { headers: { host: name } });
      expect(res.status, name).toBe(200);
      expect(res.body).toBe(INDEX_HTML);
    }
  });

  it('answers 421 to a foreign Host, even with the right token', async () => {
    const foreign = [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1.evil.example:${host.port}`,
      `localhost.evil.example:${host.port}`,
      '127.0.0.1',
      '127.0.0.1:1',
      `[::1]:${host.port}`,
      `127.0.0.1:${host.port}.evil.example`,
    ];
    for (const name of foreign) {
      const page = await raw('/', { headers: { host: name } });
      expect(page.status, name).toBe(421);
      expect(page.body).not.toContain('Dossier');
      expectSecurityHeaders(page.headers);
      const call = await raw('/api/customers.create', {
        method: 'POST',
        headers: { host: name, 'x-dossier-token': token, 'content-type': 'application/json' },
        body: JSON.stringify({ customer: { ...zhangWei, name: '李娜', mobile: '139 1234 5678' } }),
      });
      expect(call.status, name).toBe(421);
    }
    expect(customerCount()).toBe(1);
  });
});

describe('web host: static files', () => {
  it('serves the renderer with its content types', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe(INDEX_HTML);
    expectSecurityHeaders(index.headers);
    const script = await fetch(`${base}/assets/index-3f9a.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(script.headers);
    const head = await fetch(`${base}/index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('never hands out source maps, token or not', async () => {
    for (const headers of [{}, { 'x-dossier-token': token }] as Record<string, string>[]) {
      const map = await fetch(`${base}/assets/index-3f9a.js.map`, { headers });
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain(SECRET);
    }
  });

  it('answers 404 with the security headers for a missing file, 405 for other methods', async () => {
    const missing = await fetch(`${base}/assets/nope.js`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers);
    const put = await fetch(`${base}/index.html`, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expectSecurityHeaders(put.headers);
  });

  it.each([
    '/../../etc/passwd',
    '/../../../../../../../../etc/passwd',
    '/assets/../../../etc/passwd',
    '/..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/.%2e/.%2e/.%2e/etc/passwd',
    '/..%5c..%5c..%5cetc%5cpasswd',
    '/%252e%252e%252fetc%252fpasswd',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/%2F%2Fetc%2Fpasswd',
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    `/%2f${encodeURIComponent(dir.slice(1))}%2fsecret.txt`,
    '/..%2frenderer-private%2fkey.txt',
    '/%2e%2e/renderer-private/key.txt',
    '/index.html%00.js',
    '/%00',
  ])('never serves a file outside the renderer: %s', async (path) => {
    const res = await raw(path, { headers: { host: `127.0.0.1:${host.port}` } });
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toMatch(/root:.*:0:0:/);
    expectSecurityHeaders(res.headers);
  });

  it('answers a malformed escape with 400, not a file and not a crash', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const path of ['/%E0%A4%A', '/%', '/..%2f%zz', '/api/%']) {
        const res = await raw(path, {
          method: path.startsWith('/api/') ? 'POST' : 'GET',
          headers: { host: `127.0.0.1:${host.port}`, 'x-dossier-token': token },
        });
        expect(res.status, path).toBe(400);
        expect(res.body).not.toContain(SECRET);
      }
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});

describe('web host: request bodies', () => {
  const MAX_BODY = 8 * 1024 * 1024;

  /** The status, or `reset` when the server hangs up mid-upload. */
  async function post(channel: string, body: string): Promise<number | 'reset'> {
    try {
      const res = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'x-dossier-token': token, 'content-type': 'application/json' },
        body,
      });
      await res.arrayBuffer();
      return res.status;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      if (cause?.code === 'ECONNRESET' || cause?.code === 'EPIPE' || cause?.code === 'UND_ERR_SOCKET') return 'reset';
      throw error;
    }
  }

  it('takes a JSON body just under the 8 MiB cap', async () => {
    const padding = 'x'.repeat(MAX_BODY - 1024);
    expect(await post('customers.list', JSON.stringify({ query: '张伟', padding }))).toBe(200);
  });

  it('refuses a body over the cap without running the call, and keeps serving', async () => {
    const before = customerCount();
    const note = '备注'.repeat(Math.ceil(MAX_BODY / 3));
    const body = JSON.stringify({ customer: { ...zhangWei, name: '王芳', mobile: '186 2345 6789', note } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BODY);
    const outcome = await post('customers.create', body);
    expect(outcome).toBe(413);
    expect(customerCount()).toBe(before);
    const after = await api('app.info', {});
    expect(after.reply.ok).toBe(true);
  });

  it('answers malformed JSON with a validation envelope (400)', async () => {
    const res = await fetch(`${base}/api/customers.create`, {
      method: 'POST',
      headers: { 'x-dossier-token': token, 'content-type': 'application/json' },
      body: '{"customer": {"name": "张伟",',
    });
    expect(res.status).toBe(400);
    expectSecurityHeaders(res.headers);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('web host: dispatch envelopes', () => {
  it.each(['customers.dropAll', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '..%2fapp.info', ''])(
    'answers an unknown channel with unknown_channel: %s',
    async (channel) => {
      const res = await api(channel, {});
      expect(res.status).toBe(200);
      expect(res.reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expectSecurityHeaders(res.headers);
    },
  );

  it('answers invalid input with validation issues and writes nothing', async () => {
    const before = customerCount();
    const res = await api('customers.create', {
      customer: { kind: 'person', name: '   ', mobile: '138 0013 800', email: 'zhang.wei@' },
    });
    expect(res.status).toBe(200);
    expect(res.reply.ok).toBe(false);
    if (res.reply.ok) return;
    expect(res.reply.error.code).toBe('validation');
    expect(res.reply.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'customer.name', code: 'name.required' },
        { path: 'customer.mobile', code: 'phone.tooShort' },
      ]),
    );
    expect(res.reply.error.issues?.some((i) => i.path === 'customer.email')).toBe(true);
    expect(customerCount()).toBe(before);
  });

  it('rejects a landline in the mobile field', async () => {
    const res = await api('customers.create', { customer: { ...zhangWei, mobile: '021-6888 8888' } });
    expect(res.reply).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'customer.mobile', code: 'phone.notMobile' }] },
    });
  });
});
