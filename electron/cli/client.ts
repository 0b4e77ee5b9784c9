/**
 * The CLI's way into the core: the dispatch the desktop and web hosts use, so the contract validates every input
 * and the acting staff member is recorded with every write: the one named by `--as`, else the one mapped to the
 * operating-system account running the command, else settings' current staff (or the default one). With sign-in
 * on, that staff member's role decides what the command may do, as in the app.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Channel } from '../../shared/channels';
import { contract, type Input, type Output, type ParsedInput } from '../../shared/contract';
import { isMessageKey, type Translate } from '../../shared/i18n/index';
import { DossierError, type ErrorBody } from '../../shared/result';
import { validationError, type Dispatch } from '../core/dispatch';
import { staffByOsUserOrName } from '../core/auth/accounts';
import type { Db } from '../core/db/open';
import { stmt } from '../core/db/sql';
import { createCore, type Core } from '../core/index';
import { UsageError } from './args';

/** The import worker bundled beside the CLI (dist/electron); where there is none (tests) imports run in this thread. */
const IMPORT_WORKER = join(__dirname, 'import-worker.cjs');

/** The option each input field came from, so a value the contract refuses is a usage mistake naming it. */
export type OptionNames = Readonly<Record<string, string>>;

/** One channel through the dispatch; a refusal is thrown (DossierError, or UsageError for a field in `options`). */
export type Call = <K extends Channel>(channel: K, input: Input<K>, options?: OptionNames) => Promise<Output<K>>;

/** `--staff: Invalid record id.` for a refused field that came from an option; the error itself otherwise. */
function refusal(error: ErrorBody, options: OptionNames, t: Translate): Error {
  const issue = error.code === 'validation' ? error.issues?.[0] : undefined;
  const option = issue && Object.hasOwn(options, issue.path) ? options[issue.path] : undefined;
  if (!issue || option === undefined) return new DossierError(error);
  return new UsageError(`--${option}: ${t(isMessageKey(issue.code) ? issue.code : 'field.invalid')}`);
}

export function caller(dispatch: Dispatch, t: Translate): Call {
  return async <K extends Channel>(channel: K, input: Input<K>, options: OptionNames = {}) => {
    const reply = await dispatch(channel, input);
    if (!reply.ok) throw refusal(reply.error, options, t);
    return reply.value as Output<K>;
  };
}

/** The input as the channel's contract schema reads it, refused as `caller` refuses it. */
export function validated<K extends Channel>(
  channel: K,
  input: Input<K>,
  options: OptionNames,
  t: Translate,
): ParsedInput<K> {
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) throw refusal(validationError(parsed.error).toBody(), options, t);
  return parsed.data as ParsedInput<K>;
}

/** Who this run of the command acts as: `--as` (a name, id or mapped OS account); set once per invocation. */
let actingAs: string | null = null;

export function actAs(who: string | null): void {
  actingAs = who;
}

function osUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}

/** The staff member this run acts as, or null for the desk's (settings' current staff, or the default one). */
function cliActor(db: Db): string | null {
  if (actingAs !== null) {
    const staff = staffByOsUserOrName(db, actingAs);
    if (!staff)
      throw new DossierError({
        code: 'not_found',
        message: `No staff member ${actingAs}`,
        issues: [{ path: 'as', code: 'cli.noSuchStaff' }],
        details: { name: actingAs },
      });
    return staff.id;
  }
  const user = osUser();
  if (!user) return null;
  return (
    (stmt(db, 'SELECT id FROM staff WHERE os_user = ? AND deleted_at IS NULL').pluck().get(user) as
      string | undefined) ?? null
  );
}

/** How long a command keeps asking for a write another process holds the lock for before it answers db_busy. */
const BUSY_WAIT_MS = 10 * 60_000;
const BUSY_PAUSE_MS = 250;
/** Told once per call that waits for another writer (main.ts prints the line). */
let busyNotice: (() => void) | null = null;

export function onBusy(notice: (() => void) | null): void {
  busyNotice = notice;
}

/** The dispatch, asking again while another process writes (its `db_busy`), with one line saying so. */
function patient(dispatch: Dispatch): Dispatch {
  return async (channel, input, who) => {
    const deadline = Date.now() + BUSY_WAIT_MS;
    let told = false;
    for (;;) {
      const reply = await dispatch(channel, input, who);
      if (reply.ok || reply.error.code !== 'db_busy' || Date.now() > deadline) return reply;
      if (!told) busyNotice?.();
      told = true;
      await sleep(BUSY_PAUSE_MS);
    }
  };
}

/** Opens the database (refusing a missing one when `mustExist`), runs `run`, and closes it again. */
export async function withCore<T>(dbPath: string, mustExist: boolean, run: (core: Core) => T | Promise<T>): Promise<T> {
  if (mustExist && dbPath !== ':memory:' && !existsSync(dbPath))
    throw new DossierError({
      code: 'not_found',
      message: `No database at ${dbPath}`,
      issues: [{ path: 'db', code: 'cli.noDatabase' }],
      details: { path: dbPath },
    });
  const opened = createCore({ dbPath, host: 'cli', importWorkerPath: IMPORT_WORKER });
  try {
    const actor = cliActor(opened.db);
    // What a command does itself (an export streamed to disk, a batch of reports) passes the same gate (core.runAs);
    // a call meeting another writer's lock waits its turn (patient).
    const dispatch = patient(opened.dispatch);
    const core: Core =
      actor === null
        ? { ...opened, dispatch }
        : {
            ...opened,
            dispatch: (c, i, caller) => dispatch(c, i, caller ?? { actAs: actor }),
            runAs: (c, work, caller) => opened.runAs(c, work, caller ?? { actAs: actor }),
          };
    return await run(core);
  } finally {
    opened.close();
  }
}
