/**
 * Two seeded branch databases and a head office on a throw-away cluster, for the sync tests: a branch's file is
 * seeded, classified and given its branch through the `dossier` command line, as a branch manager would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { expect } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { Db } from '../../../electron/core/db/open';
import { startCluster, type Cluster } from '../hq/cluster';

export async function cli(args: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { LANG: lang });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export async function ok(args: string[]): Promise<string> {
  const r = await cli(args);
  expect(r.code, `${args.join(' ')}\n${r.err}\n${r.out}`).toBe(0);
  return r.out;
}

export interface HeadOffice {
  readonly cluster: Cluster;
  /** The superuser's connection (made again after a restart). */
  readonly admin: Client;
  readonly branchUrl: (code: string) => string;
  /** Stops the server, runs `away`, starts it again and reconnects `admin`. */
  whileStopped<T>(away: () => Promise<T>): Promise<T>;
  /** Runs `away`, which stops the server itself (`stop`) when it likes; then starts it again and reconnects `admin`. */
  stoppingDuring<T>(away: (stop: () => void) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function connectAdmin(url: string): Promise<Client> {
  const admin = new Client({ connectionString: url });
  // The server stopping under it is expected in some tests.
  admin.on('error', () => undefined);
  await admin.connect();
  return admin;
}

export async function headOffice(codes: readonly string[]): Promise<HeadOffice> {
  const cluster = await startCluster();
  await ok(['hq', 'init', '--url', cluster.url]);
  const urls = new Map<string, string>();
  for (const code of codes) {
    const added = JSON.parse(
      await ok(['hq', 'add-branch', '--code', code, '--name', `${code} 支行`, '--url', cluster.url, '--json']),
    ) as {
      url: string;
    };
    urls.set(code, added.url);
  }
  let admin = await connectAdmin(cluster.url);
  return {
    cluster,
    get admin() {
      return admin;
    },
    branchUrl: (code) => urls.get(code)!,
    whileStopped: async (away) => {
      await admin.end().catch(() => undefined);
      cluster.stop();
      try {
        return await away();
      } finally {
        cluster.start();
        admin = await connectAdmin(cluster.url);
      }
    },
    stoppingDuring: async (away) => {
      await admin.end().catch(() => undefined);
      try {
        return await away(() => cluster.stop());
      } finally {
        cluster.start();
        admin = await connectAdmin(cluster.url);
      }
    },
    close: async () => {
      await admin.end().catch(() => undefined);
      cluster.destroy();
    },
  };
}

/** A branch database with customers, their timelines, call-backs, complaints and classes, set to branch `code`. */
export async function seededBranch(code: string, customers: number, seed: number): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), `dossier-branch-${code}-`)), 'branch.db');
  await ok([
    'seed-demo',
    '--customers',
    String(customers),
    '--seed',
    String(seed),
    '--callbacks',
    '30',
    '--complaints',
    '12',
    '--db',
    db,
  ]);
  await ok(['segments', 'compute', '--db', db]);
  await ok(['branch', 'init', '--code', code, '--name', `${code} 支行`, '--db', db]);
  return db;
}

/** Rows of a table as counted at head office for one branch code (live ones unless `all`). */
export async function hqCount(admin: Client, table: string, code: string, all = false): Promise<number> {
  const r = await admin.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM dossier.${table} t JOIN dossier.branches b ON b.id = t.branch_id
     WHERE b.code = $1 ${all ? '' : 'AND t.deleted_at IS NULL'}`,
    [code],
  );
  return r.rows[0]!.n;
}

export const localCount = (db: Db, sql: string): number => (db.prepare(sql).get() as { n: number }).n;
