/**
 * `dossier import FILE`, `dossier import history`, `dossier import undo BATCH` and `dossier import rejected BATCH`,
 * through the channels the import wizard uses: the file uploaded, inspected, run as a job and polled, its rejected
 * rows fetched by batch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Input } from '../../shared/contract';
import type { Translate } from '../../shared/i18n/index';
import {
  COLUMN_MAPPINGS,
  DUPLICATE_POLICIES,
  IMPORT_TARGETS,
  TEXT_ENCODINGS,
  type ColumnMapping,
  type ImportSummary,
} from '../../shared/import/types';
import { DossierError } from '../../shared/result';
import { readFileShared } from '../core/import/files';
import { oneOf, positiveInt, UsageError, type Invocation, type Values } from './args';
import { caller, withCore, type Call } from './client';
import { writeOut, WriteFailed, writeProblem, type WriteProblem } from './write';

/** How often a running import is asked for its progress. */
const POLL_MS = 50;

type FileSettings = Omit<Input<'import.start'>, 'fileId' | 'policy'>;

/** The reading settings from the options; --mapping FILE is a JSON array with one field per column (see COLUMN_MAPPINGS). */
function fileSettings(values: Values, t: Translate): FileSettings {
  const target = oneOf(values.target, IMPORT_TARGETS, 'customers', 'target', t);
  const order = values['date-order']
    ? oneOf(values['date-order'], ['mdy', 'dmy'] as const, 'mdy', 'date-order', t)
    : null;
  let mapping: ColumnMapping[] | null = null;
  if (values.mapping) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(readFileSync(values.mapping, 'utf8')) as unknown;
    } catch {
      // Not JSON: refused below with the fields it may list.
    }
    if (!Array.isArray(parsed) || !parsed.every((m) => (COLUMN_MAPPINGS as readonly unknown[]).includes(m)))
      throw new UsageError(t('cli.import.badMapping', { fields: COLUMN_MAPPINGS.join(', ') }));
    mapping = parsed as ColumnMapping[];
  }
  const headerRow =
    values['header-row'] === undefined ? null : positiveInt(values['header-row'], 'header-row', 1, t) - 1;
  return {
    target,
    sheet: values.sheet ?? null,
    encoding: values.encoding ? oneOf(values.encoding, TEXT_ENCODINGS, 'utf-8', 'encoding', t) : null,
    headerRow,
    mapping,
    // --date-order answers for every column (a file has at most 500).
    dateOrders: order ? Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [String(i), order])) : {},
  };
}

/** Waits for the import job, reporting its progress as it moves; a failed job throws the error it carries. */
async function finished(
  call: Call,
  jobId: string,
  onProgress: ((done: number, total: number) => void) | null,
  onWaiting: () => void,
): Promise<ImportSummary> {
  let shown = '';
  let waited = false;
  for (;;) {
    const status = await call('jobs.get', { jobId });
    if (status.waiting && !waited) onWaiting();
    waited ||= status.waiting;
    const moved = `${status.done}/${status.total}` !== shown;
    if (onProgress && moved && (status.state === 'done' || (status.state === 'running' && status.total > 0))) {
      shown = `${status.done}/${status.total}`;
      onProgress(status.done, status.total);
    }
    if (status.state === 'done' && status.result) return status.result;
    if (status.state !== 'running')
      throw new DossierError(status.error ?? { code: 'internal', message: `Import ${status.state}` });
    await sleep(POLL_MS);
  }
}

async function importFile(inv: Invocation, path: string | undefined): Promise<number> {
  const { values, dbPath, json, lang, t, io, print } = inv;
  if (!path) throw new UsageError(t('cli.import.fileMissing'));
  if (!existsSync(path))
    throw new DossierError({
      code: 'not_found',
      message: `No file at ${path}`,
      issues: [{ path: 'file', code: 'cli.noFile' }],
      details: { path },
    });
  // In shared memory: the import's worker reads the same bytes, not a copy (see sharedBytes).
  const bytes = readFileShared(path);
  const settings = fileSettings(values, t);
  const policy = oneOf(values['on-duplicate'], DUPLICATE_POLICIES, 'skip', 'on-duplicate', t);
  const summary = await withCore(dbPath, false, async (core) => {
    const call = caller(core.dispatch, t);
    const { fileId } = await call('files.upload', { name: basename(path), data: bytes });
    const { jobId } = await call('import.start', { fileId, ...settings, policy });
    const result = await finished(
      call,
      jobId,
      json ? null : (done, total) => io.err(t('cli.import.progress', { done, total })),
      () => io.err(t('cli.busy')),
    ).catch((error: unknown) => {
      // The core refuses a date column it cannot read either way; on the command line the answer is an option.
      if (error instanceof DossierError && error.issues[0]?.code === 'import.dateOrderNeeded')
        throw new UsageError(t('cli.import.dateOrder', { columns: String(error.details['columns'] ?? '') }));
      throw error;
    });
    // From here the import is saved. Its rejected rows go beside the file; if they cannot (a read-only folder, a
    // full disk), that is a warning about the saved import, never a failure a script would retry.
    let rejectedFile: string | null = null;
    let rejectedFileError: (WriteProblem & { path: string; message: string }) | null = null;
    if (result.rejected > 0) {
      const target = join(dirname(path), `${basename(path, extname(path))}.rejected.xlsx`);
      try {
        const file = await call('import.rejectedFile', { batchId: result.batchId, language: lang });
        writeOut(target, Buffer.from(file.base64, 'base64'), t);
        rejectedFile = target;
      } catch (error) {
        const problem = error instanceof WriteFailed ? error.problem : writeProblem(error, t);
        rejectedFileError = {
          path: target,
          ...problem,
          message: t('cli.import.rejectedNotWritten', { path: target, reason: problem.reason, batch: result.batchId }),
        };
      }
    }
    return { ...result, rejectedFile, rejectedFileError };
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
      summary.merged > 0 ? t('cli.import.merged', { count: summary.merged }) : '',
      t('cli.import.batch', { batch: summary.batchId }),
      summary.rejectedFile ? t('cli.import.rejectedFile', { path: summary.rejectedFile }) : '',
      summary.unknownProducts?.length
        ? t('products.cliUnknown', {
            count: summary.unknownProducts.length,
            names: summary.unknownProducts.map((p) => `${p.name} (${p.purchases})`).join(', '),
          })
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  // Apart from the summary (stderr, so a script reading stdout sees the summary alone); under --json it is in it.
  if (summary.rejectedFileError && !json) io.err(`dossier: ${summary.rejectedFileError.message}`);
  return 0;
}

async function undo({ values, dbPath, t, print }: Invocation, batchId: string | undefined): Promise<number> {
  if (!batchId) throw new UsageError(t('cli.import.undoMissing'));
  const includeChanged = values['include-changed'];
  const result = await withCore(dbPath, true, (core) =>
    caller(core.dispatch, t)('import.undo', { batchId, includeChanged }),
  );
  print(result, () =>
    [
      t('cli.import.undone', { removed: result.removed, restored: result.restored }),
      ...(result.kept > 0 ? [t('cli.import.undoneKept', { kept: result.kept })] : []),
    ].join('\n'),
  );
  return 0;
}

async function history({ dbPath, t, print }: Invocation): Promise<number> {
  const batches = await withCore(dbPath, true, (core) => caller(core.dispatch, t)('import.batches', {}));
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

/** `dossier import rejected BATCH --out FILE`: a batch's rejected rows, as the app's import history downloads them. */
async function rejected({ values, dbPath, lang, t, print }: Invocation, batchId: string | undefined): Promise<number> {
  const out = values.out;
  if (!batchId || !out) throw new UsageError(t('cli.import.rejectedMissing'));
  const file = await withCore(dbPath, true, (core) =>
    caller(core.dispatch, t)('import.rejectedFile', { batchId, language: lang }),
  );
  writeOut(out, Buffer.from(file.base64, 'base64'), t);
  print({ out }, () => t('cli.import.rejectedFile', { path: out }));
  return 0;
}

export function importCommand(inv: Invocation): Promise<number> {
  const [first, second] = inv.rest;
  if (first === 'undo') return undo(inv, second);
  if (first === 'rejected') return rejected(inv, second);
  if (first === 'history') return history(inv);
  return importFile(inv, first);
}
