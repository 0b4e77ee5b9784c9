/** The channels of the branch's printable reports besides printing itself: merged into shared/contract.ts. */
import { returns, type ContractEntry } from '../contract-entries';
import { batchInput, batchJobInput, type BatchStatus } from './batch';
import { measuresGetInput, measuresSaveInput } from './kind-params';
import type { ReportNote } from './notes';

export const reportKindsContract = {
  /** The measures written for a call-back report's campaign or period (empty text when none yet). */
  'reports.measures.get': { input: measuresGetInput, output: returns<ReportNote>() },
  /** Stores them (an empty text removes them); audited. */
  'reports.measures.save': { input: measuresSaveInput, output: returns<ReportNote>() },
  /** Starts printing the customer analysis report of every customer of a filter or saved segment. */
  'reports.batch.start': { input: batchInput, output: returns<BatchStatus>() },
  /** Progress; once finished, the file (handed over once). */
  'reports.batch.get': { input: batchJobInput, output: returns<BatchStatus>() },
  'reports.batch.cancel': { input: batchJobInput, output: returns<BatchStatus>() },
} as const satisfies Record<string, ContractEntry>;
