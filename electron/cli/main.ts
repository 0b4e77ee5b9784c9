/**
 * The `dossier` command line: the same core and dispatch as the app, for scripts, schedulers, tests and benchmarks.
 * Exit codes: 0 done, 1 failed, 2 a mistake on the command line. An import that was saved exits 0 even when its
 * rejected rows could not be written beside the file: a warning says where to get them (a retry would import twice).
 */
import { parseArgs } from 'node:util';
import type { Language } from '../../shared/i18n/languages';
import { isMessageKey, languageFromLocale, translate, type MessageKey, type Translate } from '../../shared/i18n/index';
import { DossierError } from '../../shared/result';
import { backupDir } from '../core/backup/files';
import { newestGoodBackup } from '../core/backup/restore';
import { defaultDbPath } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { OPTIONS, UsageError, type Invocation, type Io } from './args';
import { backupCommand } from './backup';
import { encryptionCommand, readKeyFile } from './encryption';
import { forgetKey, rememberKey } from '../core/db/cipher';
import { callbacksCommand } from './callbacks';
import { checkCommand } from './check';
import { complaintsCommand } from './complaints';
import { customerCommand } from './customer';
import { actAs, withCore } from './client';
import { exportCommand } from './export';
import { hqCommand } from './hq';
import { importCommand } from './import';
import { reportCommand } from './report';
import { searchCommand } from './search';
import { seedCommand } from './seed';
import { segmentsCommand } from './segments';
import { syncCommand } from './sync-pull';
import { WriteFailed } from './write';

const COMMANDS = new Map<string, (inv: Invocation) => Promise<number>>([
  ['check', checkCommand],
  ['seed-demo', seedCommand],
  ['search', searchCommand],
  ['import', importCommand],
  ['export', exportCommand],
  ['customer', customerCommand],
  ['segments', segmentsCommand],
  ['backup', backupCommand],
  ['report', reportCommand],
  ['encryption', encryptionCommand],
  ['hq', hqCommand],
  ['sync', syncCommand],
  [
    'callbacks',
    async ({ argv, dbPath, json, t, io }) => {
      const args = argv.slice(argv.indexOf('callbacks') + 1);
      io.out(await withCore(dbPath, false, (core) => callbacksCommand(args, core.dispatch, json, t)));
      return 0;
    },
  ],
  [
    'complaints',
    async ({ argv, dbPath, json, t, io }) => {
      const args = argv.slice(argv.indexOf('complaints') + 1);
      io.out(await withCore(dbPath, false, (core) => complaintsCommand(args, core.dispatch, json, t)));
      return 0;
    },
  ],
]);

export async function runCli(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let lang: Language = languageFromLocale(env.DOSSIER_LANG ?? env.LC_ALL ?? env.LANG);
  const t: Translate = (key, params) => translate(lang, key, params);
  // Known before parsing, so a mistake in the arguments is also answered as JSON.
  let json = argv.includes('--json');
  let dbPath: string | null = null;
  let key: string | null = null;
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
    const run = COMMANDS.get(command);
    if (!run) throw new UsageError(t('cli.unknownCommand', { command }));
    dbPath = values.db ?? defaultDbPath(env);
    // An encrypted database opens with the passphrase in the key file, for this run only.
    const keyFile = values['key-file'] ?? env.DOSSIER_KEY_FILE;
    if (keyFile) rememberKey((key = readKeyFile(keyFile, t)));
    actAs(values.as ?? null);
    return await run({
      argv,
      values,
      rest,
      dbPath,
      json,
      lang,
      t,
      io,
      env,
      print: (value, text) => io.out(json ? JSON.stringify(value, null, 2) : text()),
    });
  } catch (error) {
    const { message, code } = describeFailure(error, t, dbPath);
    actAs(null);
    if (json) io.out(JSON.stringify({ ok: false, error: { message, code } }));
    else io.err(`dossier: ${message}`);
    return code === 'usage' ? 2 : 1;
  } finally {
    if (key !== null) forgetKey(key);
  }
}

/** A failure as one sentence in the user's language, with the code scripts see in --json. */
function describeFailure(error: unknown, t: Translate, dbPath: string | null): { message: string; code: string } {
  if (error instanceof UsageError) return { message: error.message, code: 'usage' };
  if (error instanceof WriteFailed)
    return { message: t('cli.writeFailed', { path: error.path, reason: error.problem.reason }), code: 'write_failed' };
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
  if (error instanceof DossierError && error.code === 'db_corrupt' && dbPath && error.details.path === dbPath) {
    // The database itself is damaged: name the newest good backup and the command that restores it.
    const backup = newestGoodBackup(dbPath);
    return {
      message: backup
        ? t('cli.backup.damagedOpen', { path: dbPath, backup: backup.path })
        : t('cli.backup.damagedNoBackup', { path: dbPath, dir: backupDir(dbPath) }),
      code: error.code,
    };
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
