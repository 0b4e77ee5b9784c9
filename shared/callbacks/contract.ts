/** The call-back channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { z } from 'zod';
import { byId, none, returns, type ContractEntry } from '../contract-entries';
import { LANGUAGES } from '../i18n/languages';
import type { FileDownload } from '../import/types';
import {
  cadenceGetInput,
  cadenceSetInput,
  cadenceStatusesInput,
  callbackCreateInput,
  callbackLogInput,
  campaignCancelInput,
  campaignHandOverInput,
  campaignInput,
  campaignUpdateInput,
  cancelInput,
  countsInput,
  holidaysSetInput,
  postponeInput,
  queueInput,
  reassignInput,
  remindersInput,
  reportInput,
  settingsUpdateInput,
} from './schemas';
import type {
  BulkResult,
  CadenceStatus,
  Callback,
  CallbackReminders,
  CallbackReport,
  CallbackSettings,
  Campaign,
  CampaignAssignee,
  CampaignCancelled,
  CampaignCreated,
  CampaignHandedOver,
  CampaignPreview,
  CampaignUpdated,
  HolidaysResult,
  LogResult,
  QueueCounts,
  QueuePage,
} from './types';

export const callbackContract = {
  'callbacks.export': {
    input: z.object({ report: reportInput, language: z.enum(LANGUAGES).default('zh-CN') }),
    output: returns<FileDownload>(),
  },
  'callbacks.queue': { input: queueInput, output: returns<QueuePage>() },
  'callbacks.counts': { input: countsInput, output: returns<QueueCounts>() },
  'callbacks.create': { input: callbackCreateInput, output: returns<Callback>() },
  'callbacks.log': { input: callbackLogInput, output: returns<LogResult>() },
  'callbacks.reassign': { input: reassignInput, output: returns<BulkResult>() },
  'callbacks.postpone': { input: postponeInput, output: returns<BulkResult>() },
  'callbacks.cancel': { input: cancelInput, output: returns<BulkResult>() },
  'callbacks.report': { input: reportInput, output: returns<CallbackReport>() },
  'callbacks.settings.get': { input: none, output: returns<CallbackSettings>() },
  'callbacks.settings.update': { input: settingsUpdateInput, output: returns<CallbackSettings>() },
  'callbacks.holidays.set': { input: holidaysSetInput, output: returns<HolidaysResult>() },
  'callbacks.reminders': { input: remindersInput, output: returns<CallbackReminders>() },
  'campaigns.preview': { input: campaignInput, output: returns<CampaignPreview>() },
  'campaigns.create': { input: campaignInput, output: returns<CampaignCreated>() },
  'campaigns.list': { input: none, output: returns<readonly Campaign[]>() },
  'campaigns.update': { input: campaignUpdateInput, output: returns<CampaignUpdated>() },
  /** The staff with call-backs in the campaign, with how many are open and closed for each. */
  'campaigns.assignees': { input: byId, output: returns<readonly CampaignAssignee[]>() },
  /** Moves open call-backs between staff, keeping their days; closed ones stay with who made them. */
  'campaigns.handOver': { input: campaignHandOverInput, output: returns<CampaignHandedOver>() },
  /** Cancels the campaign and its open call-backs; done and unreachable ones stay as they are. */
  'campaigns.cancel': { input: campaignCancelInput, output: returns<CampaignCancelled>() },
  'cadence.get': { input: cadenceGetInput, output: returns<CadenceStatus>() },
  /** Only the customers a cadence applies to (status other than none), in the order asked. */
  'cadence.statuses': { input: cadenceStatusesInput, output: returns<readonly CadenceStatus[]>() },
  'cadence.set': { input: cadenceSetInput, output: returns<CadenceStatus>() },
} as const satisfies Record<string, ContractEntry>;

export type CallbackChannel = keyof typeof callbackContract;
