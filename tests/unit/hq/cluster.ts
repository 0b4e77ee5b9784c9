/**
 * A throw-away PostgreSQL cluster for the head-office tests: `initdb` into a temp dir, `pg_ctl start` on a free
 * port of 127.0.0.1, stopped and deleted by `destroy`. The superuser `postgres` connects without a password (trust,
 * from 127.0.0.1 only); every other role needs its password (scram-sha-256), so row-level security is tried with
 * the credentials a branch really gets. PostgreSQL refuses to run as root: as root the binaries run as the
 * `postgres` account (runuser), which owns the temp dir.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** The superuser's URL of the `postgres` database. */
  readonly url: string;
  readonly port: number;
  /** A URL for a role with its password (host and port of this cluster). */
  urlFor(role: string, password: string, database?: string): string;
  stop(): void;
  start(): void;
  destroy(): void;
}

function binDir(): string {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'pg_ctl'))) return dir;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error('PostgreSQL is not installed (no pg_ctl on PATH or in /usr/lib/postgresql)');
  return join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: readonly string[]): void => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), [...args]];
    execFileSync(file, argv, { stdio: 'pipe', cwd: tmpdir() });
  };
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  const data = join(dir, 'data');
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : userInfo().uid;
  if (asRoot) chownSync(dir, owner, -1);
  run('initdb', ['-D', data, '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C', '-A', 'trust']);
  const hba = join(data, 'pg_hba.conf');
  writeFileSync(
    hba,
    [
      'local all postgres trust',
      'host all postgres 127.0.0.1/32 trust',
      'host all all 127.0.0.1/32 scram-sha-256',
      '',
    ].join('\n'),
  );
  if (asRoot) chownSync(hba, owner, -1);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = (): void =>
    run('pg_ctl', ['start', '-D', data, '-w', '-t', '30', '-l', join(dir, 'log'), '-o', options]);
  const stop = (): void => run('pg_ctl', ['stop', '-D', data, '-w', '-m', 'fast']);
  start();
  let running = true;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    urlFor: (role, password, database = 'postgres') =>
      `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (running) stop();
      running = false;
    },
    start: () => {
      if (!running) start();
      running = true;
    },
    destroy: () => {
      try {
        if (running) run('pg_ctl', ['stop', '-D', data, '-w', '-m', 'immediate']);
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
