/** Files the CLI writes to disk, and why one could not be written, in words in the user's language. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { isMessageKey, type MessageKey, type Translate } from '../../shared/i18n/index';
import { DossierError } from '../../shared/result';

/** The system's reasons a user can act on, in words. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  EROFS: 'cli.write.readOnly',
  ENOSPC: 'cli.write.diskFull',
  EDQUOT: 'cli.write.diskFull',
  EACCES: 'cli.write.denied',
  EPERM: 'cli.write.denied',
  EISDIR: 'cli.write.isFolder',
  ENOENT: 'cli.write.noFolder',
  ENOTDIR: 'cli.write.noFolder',
  EBUSY: 'cli.write.busy',
};

/** Why something could not be written: the system's code (EROFS, ENOSPC …, or the core's) and the reason in words. */
export interface WriteProblem {
  readonly code: string;
  readonly reason: string;
}

export function writeProblem(error: unknown, t: Translate): WriteProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof DossierError) {
    // The core could not make the file (a workbook too large, a batch gone): its own message.
    const issue = error.issues[0]?.code;
    const params = Object.fromEntries(
      Object.entries(error.details).filter((e): e is [string, string | number] =>
        ['string', 'number'].includes(typeof e[1]),
      ),
    );
    const reason = issue && isMessageKey(issue) ? t(issue, params) : t('cli.write.other', { message: error.message });
    return { code: error.code, reason };
  }
  if (typeof code === 'string') {
    const key = REASONS[code];
    return { code, reason: key ? t(key) : t('cli.write.other', { message: (error as Error).message }) };
  }
  return { code: 'internal', reason: t('cli.write.other', { message: String((error as Error)?.message ?? error) }) };
}

/** A file the CLI was asked to write and could not (exit code 1, "Could not write PATH: reason."). */
export class WriteFailed extends Error {
  constructor(
    readonly path: string,
    readonly problem: WriteProblem,
  ) {
    super(`Could not write ${path}: ${problem.code}`);
  }
}

/**
 * Writes the file whole or not at all (a full disk leaves no half-written workbook, and a file already there is
 * replaced only by a complete one), or throws WriteFailed with the reason in words.
 */
export function writeOut(path: string, bytes: Buffer, t: Translate): void {
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written there, or it cannot be removed either: the reason below is the one that matters.
    }
    throw new WriteFailed(path, writeProblem(error, t));
  }
}
