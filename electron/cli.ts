/** The `dossier` command line: the same core as the app, for scripts, schedulers, tests and benchmarks. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import {
  COLUMN_MAPPINGS,
  DUPLICATE_POLICIES,
  IMPORT_TARGETS,
  TEXT_ENCODINGS,
  type ColumnMapping,
} from '../shared/import/types';
import { callbacksCommand, CallbacksUsageError } from './core/callbacks/cli';
import { exportData } from './core/export/exports';
import { prepareFile, runImport, type ImportSettings } from './core/import/engine';
import { listBatches, undoImport } from './core/import/batches';
import { rejectedWorkbook } from './core/import/rejected';
import { parseArgs } from 'node:util';
import type { Language } from '../shared/i18n/languages';
import { isMessageKey, languageFromLocale, translate, type MessageKey } from '../shared/i18n/index';
import { DossierError } from '../shared/result';
import { createCore, type Core } from './core/index';
import { LATEST_VERSION } from './core/db/migrations/index';
import { schemaVersion } from './core/db/open';
import { defaultDbPath } from './core/paths';
import { seedCallbacks } from './core/seed/callbacks';
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
  callbacks: { type: 'string' },
  limit: { type: 'string' },
  sheet: { type: 'string' },
  encoding: { type: 'string' },
  mapping: { type: 'string' },
  'on-duplicate': { type: 'string' },
  target: { type: 'string' },
  'header-row': { type: 'string' },
  'date-order': { type: 'string' },
  out: { type: 'string' },
  what: { type: 'string' },
  'include-changed': { type: 'boolean', default: false },
  query: { type: 'string' },
  tag: { type: 'string' },
  // dossier callbacks …
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  campaign: { type: 'string' },
  staff: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** A mistake on the command line (exit code 2); its text is an i18n key with parameters. */
class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError('cli.badNumber', { option: name, value });
  return n;
}

async function withCoreAsync<T>(dbPath: string, run: (core: Core) => Promise<T>): Promise<T> {
  const core = createCore({ dbPath, host: 'web' });
  try {
    return await run(core);
  } finally {
    core.close();
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('cli.badChoice', { option: name, allowed: allowed.join(', '), value });
}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** --mapping FILE: a JSON array with one field per column (see COLUMN_MAPPINGS). */
function importSettings(values: Values): ImportSettings {
  const target = oneOf(values.target, IMPORT_TARGETS, 'customers', 'target');
  const order = values['date-order'] ? oneOf(values['date-order'], ['mdy', 'dmy'] as const, 'mdy', 'date-order') : null;
  let mapping: ColumnMapping[] | null = null;
  if (values.mapping) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(readFileSync(values.mapping, 'utf8')) as unknown;
    } catch {
      // Not JSON: refused below with the fields it may list.
    }
    if (!Array.isArray(parsed) || !parsed.every((m) => (COLUMN_MAPPINGS as readonly unknown[]).includes(m)))
      throw new UsageError('cli.import.badMapping', { fields: COLUMN_MAPPINGS.join(', ') });
    mapping = parsed as ColumnMapping[];
  }
  const headerRow = values['header-row'] === undefined ? null : positiveInt(values['header-row'], 'header-row', 1) - 1;
  return {
    target,
    sheet: values.sheet ?? null,
    encoding: values.encoding ? oneOf(values.encoding, TEXT_ENCODINGS, 'utf-8', 'encoding') : null,
    headerRow,
    mapping,
    dateOrders: order ? Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, order])) : {},
  };
}

function withCore<T>(dbPath: string, mustExist: boolean, run: (core: Core) => T): T {
  if (mustExist && dbPath !== ':memory:' && !existsSync(dbPath))
    throw new DossierError({
      code: 'not_found',
      message: `No database at ${dbPath}`,
      issues: [{ path: 'db', code: 'cli.noDatabase' }],
      details: { path: dbPath },
    });
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
  // Known before parsing, so a mistake in the arguments is also answered as JSON.
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
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
          const integrity = (core.db.pragma('integrity_check') as { integrity_check: string }[]).map(
            (r) => r.integrity_check,
          );
          const foreignKeys = (core.db.pragma('foreign_key_check') as unknown[]).length;
          const customers = (
            core.db.prepare('SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL').get() as { n: number }
          ).n;
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
        const callbacks = positiveInt(values.callbacks, 'callbacks', 0);
        const result = withCore(dbPath, false, (core) => {
          const seeded = seedDemo(core.db, {
            customers,
            seed,
            onProgress: json ? undefined : (done, total) => io.err(t('cli.seed.progress', { done, total })),
          });
          const planned = callbacks > 0 ? seedCallbacks(core.db, { history: callbacks, open: callbacks, seed }) : null;
          return { ...seeded, callbacks: planned };
        });
        print(
          result,
          () =>
            t('cli.seed.done', {
              customers: result.customers,
              interactions: result.interactions,
              seconds: (result.ms / 1000).toFixed(1),
              path: dbPath,
            }) +
            (result.callbacks
              ? `\n${t('cli.seed.callbacks', { open: result.callbacks.open, finished: result.callbacks.finished, calls: result.callbacks.calls })}`
              : ''),
        );
        return 0;
      }
      case 'search': {
        const query = rest.join(' ').trim();
        if (!query) throw new UsageError('cli.search.missing');
        const limit = positiveInt(values.limit, 'limit', 20);
        const hits = withCore(dbPath, true, (core) => core.handlers['customers.search']({ query, limit }));
        const found = await hits;
        print(found, () =>
          found.length === 0
            ? t('cli.search.none', { query })
            : found
                .map((h) => [h.name, h.mobile ?? h.phone ?? '', h.employer ?? '', h.region ?? '', h.id].join('\t'))
                .join('\n'),
        );
        return 0;
      }
      case 'import': {
        if (rest[0] === 'undo') {
          const batchId = rest[1];
          if (!batchId) throw new UsageError('cli.import.undoMissing');
          const includeChanged = values['include-changed'];
          const result = withCore(dbPath, true, (core) => undoImport(core.db, batchId, null, { includeChanged }));
          print(result, () =>
            [
              t('cli.import.undone', { removed: result.removed, restored: result.restored }),
              ...(result.kept > 0 ? [t('cli.import.undoneKept', { kept: result.kept })] : []),
            ].join('\n'),
          );
          return 0;
        }
        if (rest[0] === 'history') {
          const batches = withCore(dbPath, true, (core) => listBatches(core.db));
          print(batches, () =>
            batches
              .map((b) =>
                [
                  b.id,
                  b.startedAt.slice(0, 16).replace('T', ' '),
                  b.fileName,
                  `+${b.created} ~${b.updated} =${b.skipped} ×${b.rejected}`,
                  b.undoneAt ? t('cli.import.undoneMark') : '',
                ].join('\t'),
              )
              .join('\n'),
          );
          return 0;
        }
        const path = rest[0];
        if (!path) throw new UsageError('cli.import.fileMissing');
        if (!existsSync(path))
          throw new DossierError({
            code: 'not_found',
            message: `No file at ${path}`,
            issues: [{ path: 'file', code: 'cli.noFile' }],
            details: { path },
          });
        const bytes = readFileSync(path);
        const settings = importSettings(values);
        const policy = oneOf(values['on-duplicate'], DUPLICATE_POLICIES, 'skip', 'on-duplicate');
        const summary = await withCoreAsync(dbPath, async (core) => {
          const file = await prepareFile(core.db, basename(path), bytes, settings);
          if (file.ambiguousDateColumns.length > 0)
            throw new UsageError('cli.import.dateOrder', {
              columns: file.ambiguousDateColumns.map((c) => file.headers[c]).join(', '),
            });
          const result = runImport(core.db, file, {
            fileName: basename(path),
            policy,
            actor: null,
            onProgress: json ? undefined : (done, total) => io.err(t('cli.import.progress', { done, total })),
          });
          let rejectedFile: string | null = null;
          if (result.rejectedRows.length > 0) {
            rejectedFile = join(dirname(path), `${basename(path, extname(path))}.rejected.xlsx`);
            writeFileSync(rejectedFile, await rejectedWorkbook(file.headers, result.rejectedRows, lang));
          }
          const { rejectedRows: _rows, ...counts } = result;
          return { ...counts, rejectedFile };
        });
        print(summary, () =>
          [
            t('cli.import.done', {
              created: summary.created,
              updated: summary.updated,
              skipped: summary.skipped,
              rejected: summary.rejected,
              seconds: (summary.ms / 1000).toFixed(1),
            }),
            t('cli.import.batch', { batch: summary.batchId }),
            summary.rejectedFile ? t('cli.import.rejectedFile', { path: summary.rejectedFile }) : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
        return 0;
      }
      case 'export': {
        const out = values.out;
        if (!out) throw new UsageError('cli.export.outMissing');
        const format = extname(out).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
        const what = oneOf(values.what, ['customers', 'transactions'] as const, 'customers', 'what');
        const encoding = oneOf(values.encoding, ['utf8', 'gbk'] as const, 'utf8', 'encoding');
        const file = await withCoreAsync(dbPath, (core) =>
          exportData(core.db, {
            what,
            format,
            encoding,
            language: lang,
            filter: { query: values.query ?? '', tag: values.tag ?? null, kind: null, ownerId: null, region: null },
          }),
        );
        writeFileSync(out, file.bytes);
        print({ out, rows: file.rows, format, encoding }, () => t('cli.export.done', { rows: file.rows, path: out }));
        return 0;
      }
      case 'callbacks': {
        const text = await withCoreAsync(dbPath, (core) =>
          callbacksCommand(argv.slice(argv.indexOf('callbacks') + 1), core.db, json, t),
        );
        io.out(text);
        return 0;
      }
      default:
        throw new UsageError('cli.unknownCommand', { command });
    }
  } catch (error) {
    const { message, code } = describeFailure(error, t);
    if (json) io.out(JSON.stringify({ ok: false, error: { message, code } }));
    else io.err(`dossier: ${message}`);
    return code === 'usage' ? 2 : 1;
  }
}

/** A failure as one sentence in the user's language, with the code scripts see in --json. */
function describeFailure(
  error: unknown,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): { message: string; code: string } {
  if (error instanceof UsageError) return { message: t(error.key, error.params), code: 'usage' };
  if (error instanceof CallbacksUsageError) return { message: error.message, code: 'usage' };
  // node:util parseArgs: an unknown option, a missing value, a stray argument.
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    const option = /'(-{1,2}[^']+)'/.exec(error.message)?.[1] ?? '';
    const key: MessageKey =
      error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? 'cli.unknownOption'
        : error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? 'cli.optionValue'
          : 'cli.badArguments';
    return { message: t(key, { option }), code: 'usage' };
  }
  if (error instanceof DossierError) {
    const issue = error.issues[0]?.code;
    const params = Object.fromEntries(
      Object.entries(error.details).filter((e): e is [string, string | number] =>
        ['string', 'number'].includes(typeof e[1]),
      ),
    );
    if (issue && isMessageKey(issue)) return { message: t(issue, params), code: error.code };
    const key = `error.${error.code}`;
    if (error.code !== 'internal' && isMessageKey(key)) return { message: t(key, params), code: error.code };
    return { message: t('error.internal', { message: error.message }), code: error.code };
  }
  return {
    message: t('error.internal', { message: error instanceof Error ? error.message : String(error) }),
    code: 'internal',
  };
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
