/** The `dossier` command line: the same core as the app, for scripts, schedulers, tests and benchmarks. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Language } from '../shared/domain';
import { isMessageKey, languageFromLocale, translate, type MessageKey } from '../shared/i18n/index';
import { DossierError } from '../shared/result';
import { createCore, type Core } from './core/index';
import { LATEST_VERSION } from './core/db/migrations/index';
import { schemaVersion } from './core/db/open';
import { defaultDbPath } from './core/paths';
import { seedDemo } from './core/seed/demo';
import { APP_VERSION } from './core/version';

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  customers: { type: 'string' },
  seed: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

class UsageError extends Error {}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got “${value}”`);
  return n;
}

function withCore<T>(dbPath: string, mustExist: boolean, run: (core: Core) => T): T {
  if (mustExist && dbPath !== ':memory:' && !existsSync(dbPath))
    throw new DossierError({ code: 'not_found', message: `No database at ${dbPath}`, details: { path: dbPath } });
  const core = createCore({ dbPath, host: 'web' });
  try {
    return run(core);
  } finally {
    core.close();
  }
}

export async function runCli(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let lang: Language = languageFromLocale(env.DOSSIER_LANG ?? env.LC_ALL ?? env.LANG);
  const t = (key: MessageKey, params?: Record<string, string | number>): string => translate(lang, key, params);
  let json = false;
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    json = values.json;
    if (values.lang) lang = languageFromLocale(values.lang);
    if (values.version) {
      io.out(APP_VERSION);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (!command || values.help) {
      io.out(t('cli.usage'));
      return command || values.help ? 0 : 2;
    }
    const dbPath = values.db ?? defaultDbPath(env);
    const print = (value: unknown, text: () => string): void => io.out(json ? JSON.stringify(value, null, 2) : text());

    switch (command) {
      case 'check': {
        const report = withCore(dbPath, true, (core) => {
          const integrity = (core.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
          const foreignKeys = (core.db.pragma('foreign_key_check') as unknown[]).length;
          const customers = (core.db.prepare('SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL').get() as { n: number }).n;
          return {
            path: dbPath,
            schemaVersion: schemaVersion(core.db),
            supportedVersion: LATEST_VERSION,
            integrity: integrity.join('; '),
            foreignKeyProblems: foreignKeys,
            customers,
            ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys === 0,
          };
        });
        print(report, () =>
          t(report.ok ? 'cli.check.ok' : 'cli.check.bad', {
            path: report.path,
            version: report.schemaVersion,
            customers: report.customers,
            integrity: report.integrity,
            fk: report.foreignKeyProblems,
          }),
        );
        return report.ok ? 0 : 1;
      }
      case 'seed-demo': {
        const customers = positiveInt(values.customers, 'customers', 1000);
        const seed = positiveInt(values.seed, 'seed', 1);
        const result = withCore(dbPath, false, (core) =>
          seedDemo(core.db, {
            customers,
            seed,
            onProgress: json ? undefined : (done, total) => io.err(t('cli.seed.progress', { done, total })),
          }),
        );
        print(result, () =>
          t('cli.seed.done', { customers: result.customers, interactions: result.interactions, seconds: (result.ms / 1000).toFixed(1), path: dbPath }),
        );
        return 0;
      }
      case 'search': {
        const query = rest.join(' ').trim();
        if (!query) throw new UsageError(t('cli.search.missing'));
        const limit = positiveInt(values.limit, 'limit', 20);
        const hits = withCore(dbPath, true, (core) => core.handlers['customers.search']({ query, limit }));
        const found = await hits;
        print(found, () =>
          found.length === 0
            ? t('cli.search.none', { query })
            : found.map((h) => [h.name, h.mobile ?? h.phone ?? '', h.employer ?? '', h.region ?? '', h.id].join('\t')).join('\n'),
        );
        return 0;
      }
      default:
        throw new UsageError(t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    const message =
      error instanceof DossierError
        ? isMessageKey(`error.${error.code}`) && error.code !== 'internal' && error.code !== 'not_found'
          ? `${t(`error.${error.code}` as MessageKey)} ${error.message}`
          : error.message
        : error instanceof Error
          ? error.message
          : String(error);
    if (json) io.out(JSON.stringify({ ok: false, error: { message, code: error instanceof DossierError ? error.code : 'usage' } }));
    else io.err(`dossier: ${message}`);
    return error instanceof UsageError || (error instanceof TypeError && 'code' in error) ? 2 : 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`dossier: ${String(error)}`);
      process.exit(1);
    },
  );
}
