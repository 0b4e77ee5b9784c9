import { appMessages } from './en/app';
import { backupMessages } from './en/backup';
import { encryptionMessages } from './en/encryption';
import { auditMessages } from './en/audit';
import { authMessages } from './en/auth';
import { callbackReportMessages } from './en/callback-report';
import { callbackSettingsMessages } from './en/callback-settings';
import { callbacksMessages } from './en/callbacks';
import { campaignsMessages } from './en/campaigns';
import { complaintsMessages } from './en/complaints';
import { complaintsPageMessages } from './en/complaints-page';
import { cliMessages } from './en/cli';
import { customersMessages } from './en/customers';
import { importMessages } from './en/import';
import { productsMessages } from './en/products';
import { reportKindsMessages } from './en/report-kinds';
import { reportsMessages } from './en/reports';
import { riskMessages } from './en/risk';
import { rulesMessages } from './en/rules';
import { segmentsPageMessages } from './en/segments-page';
import { segmentsMessages } from './en/segments';
import { savedSegmentsMessages } from './en/saved-segments';
import { staffMessages } from './en/staff';
import { hqMessages } from './en/hq';
import { syncMessages } from './en/sync';
import { timelineMessages } from './en/timeline';

/**
 * English messages, one file per area in ./en; ./zh-CN has a file of exactly the same keys for each (checked by the
 * type system). A key starts with its area or vocabulary (`import.`, `callbackPurpose.`).
 */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
