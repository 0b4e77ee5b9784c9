import { z } from 'zod';
import { none, returns, type ContractEntry } from '../contract-entries';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';
import {
  COLUMN_MAPPINGS,
  DUPLICATE_POLICIES,
  IMPORT_TARGETS,
  PREVIEW_FILTERS,
  TEXT_ENCODINGS,
  type ColumnMapping,
  type DuplicateReview,
  type FileDownload,
  type ImportBatch,
  type Inspection,
  type JobStatus,
  type PreviewPage,
  type UndoPlan,
  type UndoResult,
} from './types';

const importSettings = z.object({
  fileId: id,
  target: z.enum(IMPORT_TARGETS).default('customers'),
  sheet: z.string().max(100).nullish(),
  encoding: z.enum(TEXT_ENCODINGS).nullish(),
  headerRow: z.number().int().min(0).max(1000).nullish(),
  mapping: z
    .array(z.enum(COLUMN_MAPPINGS as unknown as [ColumnMapping, ...ColumnMapping[]]))
    .max(1000)
    .nullish(),
  dateOrders: z.record(z.string().regex(/^\d+$/), z.enum(['mdy', 'dmy'])).default({}),
});
/** A file's import settings as a handler receives them (import.inspect, import.duplicates, import.rows, import.start). */
export type ImportSettingsInput = z.output<typeof importSettings>;

export const importContract = {
  'files.upload': {
    input: z.object({ name: z.string().min(1).max(255), data: z.instanceof(Uint8Array<ArrayBufferLike>) }),
    output: returns<{ readonly fileId: string; readonly fileName: string; readonly size: number }>(),
  },
  'import.inspect': { input: importSettings, output: returns<Inspection>() },
  'import.duplicates': { input: importSettings, output: returns<DuplicateReview>() },
  'import.rows': {
    input: importSettings.extend({
      filter: z.enum(PREVIEW_FILTERS).default('all'),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(200).default(100),
    }),
    output: returns<PreviewPage>(),
  },
  'import.start': {
    input: importSettings.extend({ policy: z.enum(DUPLICATE_POLICIES).default('skip') }),
    output: returns<{ readonly jobId: string }>(),
  },
  'import.batches': { input: none, output: returns<readonly ImportBatch[]>() },
  'import.undoPlan': { input: z.object({ batchId: id }), output: returns<UndoPlan>() },
  'import.undo': {
    input: z.object({ batchId: id, includeChanged: z.boolean().default(false) }),
    output: returns<UndoResult>(),
  },
  'import.rejectedFile': {
    input: z.object({ batchId: id, language: z.enum(LANGUAGES).default('zh-CN') }),
    output: returns<FileDownload>(),
  },
  'jobs.get': { input: z.object({ jobId: id }), output: returns<JobStatus>() },
  'jobs.cancel': { input: z.object({ jobId: id }), output: returns<JobStatus>() },
} as const satisfies Record<string, ContractEntry>;
