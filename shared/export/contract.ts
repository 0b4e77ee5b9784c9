import { z } from 'zod';
import { returns, type ContractEntry } from '../contract-entries';
import { CUSTOMER_KINDS } from '../customers/types';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';
import type { FileDownload } from '../import/types';

const exportFilter = z.object({
  query: z.string().trim().max(100).default(''),
  kind: z.enum(CUSTOMER_KINDS).nullish(),
  ownerId: id.nullish(),
  tag: z.string().trim().max(30).nullish(),
  region: z.string().trim().max(50).nullish(),
});

const exportInput = z.object({
  what: z.enum(['customers', 'transactions']).default('customers'),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  encoding: z.enum(['utf8', 'gbk']).default('utf8'),
  language: z.enum(LANGUAGES).default('zh-CN'),
  filter: exportFilter.default({ query: '' }),
});

export const exportContract = {
  'export.create': { input: exportInput, output: returns<FileDownload>() },
} as const satisfies Record<string, ContractEntry>;
