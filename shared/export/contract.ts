import { z } from 'zod';
import { returns, type ContractEntry } from '../contract-entries';
import { customerFilter } from '../customers/schemas';
import { LANGUAGES } from '../i18n/languages';
import type { FileDownload } from '../import/types';

const exportInput = z.object({
  what: z.enum(['customers', 'transactions']).default('customers'),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  encoding: z.enum(['utf8', 'gbk']).default('utf8'),
  language: z.enum(LANGUAGES).default('zh-CN'),
  filter: customerFilter.default({ query: '' }),
});

export const exportContract = {
  'export.create': { input: exportInput, output: returns<FileDownload>() },
} as const satisfies Record<string, ContractEntry>;
