import type { importContract } from '../../../shared/import/contract';
import { translate } from '../../../shared/i18n/index';
import type { ParsedInput } from '../../../shared/contract';
import { planOccasionsToday } from '../callbacks/occasions';
import type { UndoResult } from '../../../shared/import/types';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { runInWorker, workerBeside } from '../db/offload';
import { workbookDownload } from '../export/download';
import { listBatches, rejectedRowsOf, runUndoJob, undoPlan, type UndoJob } from './batches';
import type { ImportSettings } from './prepare';
import { FileStore } from './files';
import { JobRunner, type InspectionKind, type Inspections, type PreviewPageRequest } from './jobs';
import { rejectedWorkbook } from './rejected';

export type ImportHandlers = HandlersOf<typeof importContract>;

const settingsOf = (input: ParsedInput<'import.inspect'>): ImportSettings => ({
  target: input.target,
  sheet: input.sheet ?? null,
  encoding: input.encoding ?? null,
  headerRow: input.headerRow ?? null,
  mapping: input.mapping ?? null,
  dateOrders: Object.fromEntries(Object.entries(input.dateOrders).map(([k, v]) => [Number(k), v])),
});

export function importHandlers(
  { db, actor }: AreaContext,
  app: CoreContext,
  onImported: () => void = () => undefined,
): ImportHandlers {
  const files = new FileStore();
  // An import can bring birth and maturity dates: their call-backs plan themselves when it is done; and purchases
  // or customers the classes are computed from (onImported).
  const undoWorker = workerBeside(app.importWorkerPath, 'undo-worker.cjs');
  const jobs = new JobRunner(db, app.dbPath, app.importWorkerPath ?? null, () => {
    planOccasionsToday(db);
    onImported();
  });
  const inspection = async <K extends InspectionKind>(
    kind: K,
    input: ParsedInput<'import.inspect'>,
    page?: PreviewPageRequest,
  ): Promise<Inspections[K]> => {
    const file = files.get(input.fileId);
    return await jobs.inspect(kind, {
      fileId: input.fileId,
      fileName: file.name,
      bytes: file.bytes,
      settings: settingsOf(input),
      ...(page ? { page } : {}),
    });
  };
  return {
    'files.upload': ({ name, data }) => files.add(name, data),
    // Off the main thread (the desktop's main process) when there is a worker: see JobRunner.inspect.
    'import.inspect': (input) => inspection('inspect', input),
    'import.duplicates': (input) => inspection('duplicates', input),
    'import.rows': ({ filter, offset, limit, ...input }) => inspection('rows', input, { filter, offset, limit }),
    'import.start': (input) => {
      const file = files.get(input.fileId);
      return jobs.startImport({
        fileName: file.name,
        bytes: file.bytes,
        settings: settingsOf(input),
        policy: input.policy,
        actor: actor(),
      });
    },
    'import.batches': () => listBatches(db),
    'import.undoPlan': ({ batchId }) => undoPlan(db, batchId),
    // Undoing a large batch rewrites many rows and their search index (seconds for 20k): in the undo worker on its
    // own connection when the host has one, so the window keeps answering.
    'import.undo': ({ batchId, includeChanged }) => {
      const job: UndoJob = { batchId, actor: actor(), includeChanged: includeChanged ?? false };
      return undoWorker === null || app.dbPath === ':memory:'
        ? runUndoJob(db, job)
        : runInWorker<UndoResult>(undoWorker, app.dbPath, job);
    },
    'import.rejectedFile': async ({ batchId, language }) => {
      const { headers, rows } = rejectedRowsOf(db, batchId);
      return workbookDownload(
        translate(language, 'import.rejectedSheet'),
        await rejectedWorkbook(headers, rows, language),
      );
    },
    'jobs.get': ({ jobId }) => jobs.get(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
