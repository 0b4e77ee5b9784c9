/** The `dossier` command line as parsed: its options, what every command is given, and usage mistakes. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../../shared/i18n/languages';
import type { Translate } from '../../shared/i18n/index';

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const OPTIONS = {
  db: { type: 'string' },
  // Who the command acts as (a staff name, id or mapped OS account); recorded with every write.
  as: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  customers: { type: 'string' },
  seed: { type: 'string' },
  callbacks: { type: 'string' },
  // dossier seed-demo --remove
  remove: { type: 'boolean', default: false },
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
  // dossier segments list, dossier export
  class: { type: 'string', multiple: true },
  segment: { type: 'string' },
  // dossier callbacks …
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  campaign: { type: 'string' },
  staff: { type: 'string' },
  // dossier segments …
  period: { type: 'string' },
  scheme: { type: 'string' },
  // dossier complaints … (and seed-demo --complaints N)
  complaints: { type: 'string' },
  status: { type: 'string' },
  overdue: { type: 'boolean', default: false },
  mine: { type: 'boolean', default: false },
  category: { type: 'string' },
  owner: { type: 'string' },
  // dossier report …
  unmask: { type: 'boolean', default: false },
  paper: { type: 'string' },
  // an encrypted database's passphrase (or DOSSIER_KEY_FILE); dossier encryption enable|rekey: the new one
  'key-file': { type: 'string' },
  'new-key-file': { type: 'string' },
  columns: { type: 'string' },
  combined: { type: 'boolean', default: false },
  // dossier hq …, dossier branch init, dossier sync push
  url: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

export type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/** What a command is given: the parsed command line, the database, the user's language and where to print. */
export interface Invocation {
  /** The raw arguments, for a command that parses its own (`dossier callbacks …`). */
  readonly argv: readonly string[];
  readonly values: Values;
  /** The words after the command's name. */
  readonly rest: readonly string[];
  readonly dbPath: string;
  readonly json: boolean;
  readonly lang: Language;
  readonly t: Translate;
  readonly io: Io;
  readonly env: NodeJS.ProcessEnv;
  /** Prints the value as JSON under --json, the text otherwise. */
  readonly print: (value: unknown, text: () => string) => void;
}

/** A mistake on the command line (exit code 2), its message already in the user's language. */
export class UsageError extends Error {}

/** A command's own arguments (after its word) against its options; a mistake is a UsageError ending in `usage`. */
export function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  usage: string,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
}

export function positiveInt(value: string | undefined, option: string, fallback: number, t: Translate): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(t('cli.badNumber', { option, value }));
  return n;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  option: string,
  t: Translate,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(t('cli.badChoice', { option, allowed: allowed.join(', '), value }));
}
