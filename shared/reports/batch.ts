/**
 * A batch of customer analysis reports: every customer of a segment, a saved segment (by id or name) or an account
 * manager, as one PDF or one PDF per customer (a zip in the app, a folder from the command line).
 */
import { z } from 'zod';
import { customerFilter } from '../customers/schemas';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';
import type { ErrorBody } from '../result';
import type { FileDownload } from '../import/types';
import { PAPERS } from './types';

/** Reports one batch prints at most. */
export const BATCH_MAX = 5000;
/** One PDF holds at most this many reports (one document in the print engine); larger batches are one file each. */
export const COMBINED_MAX = 300;

const BATCH_OUTPUTS = ['files', 'combined'] as const;
export type BatchOutput = (typeof BATCH_OUTPUTS)[number];

export const batchInput = z.object({
  /** Which customers: any list filter (`classes: ['abc:A']`, `ownerId`, `segmentId`). */
  filter: customerFilter.default({ query: '' }),
  /** A saved segment by its name, as the command line names it. */
  segmentName: z.string().trim().min(1).max(100).nullish(),
  output: z.enum(BATCH_OUTPUTS).default('files'),
  lang: z.enum(LANGUAGES).optional(),
  paper: z.enum(PAPERS).optional(),
  /** Print phone and ID numbers in full; recorded in the audit log for every customer printed. */
  unmask: z.boolean().default(false),
});
export type BatchRequest = z.output<typeof batchInput>;

export const batchJobInput = z.object({ jobId: id });

export interface BatchStatus {
  readonly id: string;
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Reports printed so far, of `total`. */
  readonly done: number;
  readonly total: number;
  /** When done: the one PDF, or the zip of one PDF per customer. */
  readonly file: FileDownload | null;
  readonly error: ErrorBody | null;
}
