import type { Messages } from './en';
import { appMessages } from './zh-CN/app';
import { backupMessages } from './zh-CN/backup';
import { encryptionMessages } from './zh-CN/encryption';
import { auditMessages } from './zh-CN/audit';
import { authMessages } from './zh-CN/auth';
import { callbackReportMessages } from './zh-CN/callback-report';
import { callbackSettingsMessages } from './zh-CN/callback-settings';
import { callbacksMessages } from './zh-CN/callbacks';
import { campaignsMessages } from './zh-CN/campaigns';
import { complaintsMessages } from './zh-CN/complaints';
import { complaintsPageMessages } from './zh-CN/complaints-page';
import { cliMessages } from './zh-CN/cli';
import { customersMessages } from './zh-CN/customers';
import { importMessages } from './zh-CN/import';
import { productsMessages } from './zh-CN/products';
import { reportKindsMessages } from './zh-CN/report-kinds';
import { reportsMessages } from './zh-CN/reports';
import { riskMessages } from './zh-CN/risk';
import { rulesMessages } from './zh-CN/rules';
import { segmentsPageMessages } from './zh-CN/segments-page';
import { segmentsMessages } from './zh-CN/segments';
import { savedSegmentsMessages } from './zh-CN/saved-segments';
import { staffMessages } from './zh-CN/staff';
import { hqMessages } from './zh-CN/hq';
import { syncMessages } from './zh-CN/sync';
import { timelineMessages } from './zh-CN/timeline';

/** 中文消息：每个领域一个文件（./zh-CN），键与 ./en 完全相同。 */
export const zhCN: Messages = {
  ...appMessages,
  ...backupMessages,
  ...encryptionMessages,
  ...auditMessages,
  ...authMessages,
  ...callbackReportMessages,
  ...callbackSettingsMessages,
  ...callbacksMessages,
  ...campaignsMessages,
  ...complaintsMessages,
  ...complaintsPageMessages,
  ...cliMessages,
  ...customersMessages,
  ...importMessages,
  ...productsMessages,
  ...reportKindsMessages,
  ...reportsMessages,
  ...riskMessages,
  ...rulesMessages,
  ...segmentsPageMessages,
  ...segmentsMessages,
  ...savedSegmentsMessages,
  ...staffMessages,
  ...hqMessages,
  ...syncMessages,
  ...timelineMessages,
};
