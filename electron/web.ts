/** Web host: the same renderer and handlers over HTTP on 127.0.0.1, guarded by a per-run token. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from './core/index';
import { createHqCore } from './core/hq/core';
import { defaultDbPath } from './core/paths';
import { CONTENT_SECURITY_POLICY } from './core/csp';
import { DossierError } from '../shared/result';
import { LIMITS } from './core/import/errors';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};
const MAX_BODY = 8 * 1024 * 1024;

export interface WebHostOptions {
  readonly dbPath: string;
  /** Head office's PostgreSQL (the read-only role): serve the head-office view instead of a branch database. */
  readonly hqUrl?: string;
  readonly port: number;
  readonly rendererDir: string;
  readonly token?: string;
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, {
    ...extra,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

/** A request body over its cap: answered 413 before the connection is closed. */
class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      reject(new BodyTooLarge(`The request is larger than ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return; // already refused: drain without keeping anything
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(new BodyTooLarge(`The request is larger than ${limit} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A percent-decoded path, or null for a broken escape (`/%E0%A4%A`). */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const core = options.hqUrl
    ? createHqCore(options.hqUrl)
    : createCore({ dbPath: options.dbPath, host: 'web', importWorkerPath: join(__dirname, 'import-worker.cjs') });
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  let port = options.port;

  const server = createServer((req, res) => {
    void (async () => {
      // Only loopback names: a page on another site cannot reach us through DNS rebinding.
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
        return send(res, 421, 'Misdirected', 'text/plain');
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain');
        if (!sameToken(req.headers['x-dossier-token'] as string | undefined, token)) {
          const reply = { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } };
          return send(res, 401, JSON.stringify(reply), MIME['.json'] ?? '');
        }
        const channel = safeDecode(url.pathname.slice('/api/'.length));
        if (channel === null) return send(res, 400, 'Bad request', 'text/plain');
        let input: unknown;
        try {
          // Files travel as raw bytes, not JSON, so a 100k-row workbook does not balloon into base64.
          if (channel === 'files.upload')
            input = {
              name: url.searchParams.get('name') ?? '',
              data: new Uint8Array(await readBody(req, LIMITS.maxFileBytes)),
            };
          else {
            const text = (await readBody(req)).toString('utf8');
            input = text ? JSON.parse(text) : {};
          }
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            const reply = { ok: false, error: { code: 'too_large', message: error.message } };
            res.once('finish', () => req.destroy());
            return send(res, 413, JSON.stringify(reply), MIME['.json'] ?? '', { Connection: 'close' });
          }
          const reply = { ok: false, error: { code: 'validation', message: (error as Error).message } };
          return send(res, 400, JSON.stringify(reply), MIME['.json'] ?? '');
        }
        // The tab's sign-in session (sign-in on): the core checks it and the channel's role.
        const session = req.headers['x-dossier-session'];
        const reply = await core.dispatch(channel, input, { session: typeof session === 'string' ? session : null });
        const code = reply.ok ? null : reply.error.code;
        const status = code === 'auth.required' ? 401 : code === 'auth.forbidden' ? 403 : 200;
        return send(res, status, JSON.stringify(reply), MIME['.json'] ?? '');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      const relative = url.pathname === '/' ? 'index.html' : safeDecode(url.pathname.slice(1));
      if (relative === null) return send(res, 400, 'Bad request', 'text/plain');
      // Source maps hold the app's whole source: never served, whoever asks.
      if (relative.endsWith('.map')) return send(res, 404, 'Not found', 'text/plain');
      const file = normalize(join(root, relative));
      if (!file.startsWith(root + sep)) return send(res, 403, 'Forbidden', 'text/plain');
      try {
        const body = await readFile(file);
        return send(res, 200, body, MIME[extname(file)] ?? 'application/octet-stream');
      } catch {
        return send(res, 404, 'Not found', 'text/plain');
      }
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    // The token rides in the fragment, which browsers never send to a server or a Referer.
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          void Promise.resolve(core.close()).finally(resolveClose);
        });
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, hq: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  const host = await startWebHost({
    dbPath: values.db ?? defaultDbPath(),
    hqUrl: values.hq,
    port,
    rendererDir: join(__dirname, '..', 'renderer'),
  });
  console.log(`Dossier is running at ${host.url}`);
  console.log('Open that address in your browser. Press Ctrl+C to stop.');
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof DossierError || error instanceof Error ? error.message : String(error);
    console.error(`dossier web: ${message}`);
    process.exit(1);
  });
}
