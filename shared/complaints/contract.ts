/** The complaint channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { z } from 'zod';
import { byId, none, returns, type ContractEntry } from '../contract-entries';
import { LANGUAGES } from '../i18n/languages';
import type { FileDownload } from '../import/types';
import {
  complaintCloseInput,
  complaintCountsInput,
  complaintCreateInput,
  complaintDueInput,
  complaintListInput,
  complaintReassignInput,
  complaintReopenInput,
  complaintReportInput,
  complaintResolveInput,
  complaintSettingsInput,
  complaintStartInput,
  complaintUpdateInput,
} from './schemas';
import type {
  Complaint,
  ComplaintBulkResult,
  ComplaintCounts,
  ComplaintDetail,
  ComplaintDue,
  ComplaintPage,
  ComplaintReport,
  ComplaintSettings,
  ResolveResult,
} from './types';

export const complaintContract = {
  'complaints.list': { input: complaintListInput, output: returns<ComplaintPage>() },
  /** For the navigation badge: overdue, open, mine. */
  'complaints.counts': { input: complaintCountsInput, output: returns<ComplaintCounts>() },
  'complaints.get': { input: byId, output: returns<ComplaintDetail>() },
  /** The due date the core would give; nothing is written. */
  'complaints.dueDate': { input: complaintDueInput, output: returns<ComplaintDue>() },
  'complaints.create': { input: complaintCreateInput, output: returns<Complaint>() },
  'complaints.update': { input: complaintUpdateInput, output: returns<Complaint>() },
  'complaints.start': { input: complaintStartInput, output: returns<Complaint>() },
  /** Needs root cause, countermeasure and what the customer was told; plans the follow-up call. */
  'complaints.resolve': { input: complaintResolveInput, output: returns<ResolveResult>() },
  /** Only a resolved complaint; needs the satisfaction unless the follow-up call recorded it. */
  'complaints.close': { input: complaintCloseInput, output: returns<Complaint>() },
  /** A resolved or closed complaint back to in progress; cancels its open follow-up call. */
  'complaints.reopen': { input: complaintReopenInput, output: returns<Complaint>() },
  'complaints.reassign': { input: complaintReassignInput, output: returns<ComplaintBulkResult>() },
  'complaints.report': { input: complaintReportInput, output: returns<ComplaintReport>() },
  'complaints.export': {
    input: z.object({ report: complaintReportInput, language: z.enum(LANGUAGES).default('zh-CN') }),
    output: returns<FileDownload>(),
  },
  'complaints.settings.get': { input: none, output: returns<ComplaintSettings>() },
  'complaints.settings.update': { input: complaintSettingsInput, output: returns<ComplaintSettings>() },
} as const satisfies Record<string, ContractEntry>;
