/** The typed contract: one map of channel → input schema and output type. */
import { z } from 'zod';
import { callbackContract, reportInput } from './callbacks';
import type { Channel } from './channels';
import type { AppInfo, Settings } from './settings/types';
import type { Contact } from './contacts/types';
import type { Customer, CustomerDetail, CustomerRow, DuplicateCandidate, Facets } from './customers/types';
import type { Interaction } from './interactions/types';
import type { Page } from './records';
import type { SearchHit } from './search/types';
import type { Staff } from './staff/types';
import type { Transaction } from './purchases/types';
import { CUSTOMER_KINDS } from './customers/types';
import { LANGUAGES } from './i18n/languages';
import {
  COLUMN_MAPPINGS,
  DUPLICATE_POLICIES,
  IMPORT_TARGETS,
  TEXT_ENCODINGS,
  type ColumnMapping,
  type DuplicateReview,
  type FileDownload,
  type ImportBatch,
  type Inspection,
  type JobStatus,
  type UndoPlan,
  type UndoResult,
} from './import/types';
import type { Reply } from './result';
import { contactInput } from './contacts/schemas';
import { customerInput, customerListQuery } from './customers/schemas';
import { id } from './fields';
import { interactionInput } from './interactions/schemas';
import { searchQuery } from './search/schemas';
import { settingsPatch } from './settings/schemas';
import { transactionInput } from './purchases/schemas';

/** A phantom marker carrying the output type of a channel. */
const returns = <T>() => undefined as unknown as T;
const none = z.object({}).strict();
const byId = z.object({ id });

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

const exportFilter = z.object({
  query: z.string().trim().max(100).default(''),
  kind: z.enum(CUSTOMER_KINDS).nullish(),
  ownerId: id.nullish(),
  tag: z.string().trim().max(30).nullish(),
  region: z.string().trim().max(50).nullish(),
});

export const contract = {
  'app.info': { input: none, output: returns<AppInfo>() },
  'settings.get': { input: none, output: returns<Settings>() },
  'settings.update': { input: settingsPatch, output: returns<Settings>() },
  'staff.list': { input: none, output: returns<readonly Staff[]>() },
  'customers.search': { input: searchQuery, output: returns<readonly SearchHit[]>() },
  'customers.list': { input: customerListQuery, output: returns<Page<CustomerRow>>() },
  'customers.facets': { input: none, output: returns<Facets>() },
  'customers.get': { input: byId, output: returns<CustomerDetail>() },
  'customers.create': {
    input: z.object({ customer: customerInput, allowDuplicate: z.boolean().default(false) }),
    output: returns<Customer>(),
  },
  'customers.update': { input: z.object({ id, customer: customerInput }), output: returns<Customer>() },
  'customers.duplicates': {
    input: z.object({ customer: customerInput, excludeId: id.nullish() }),
    output: returns<readonly DuplicateCandidate[]>(),
  },
  'customers.delete': { input: byId, output: returns<{ readonly deletedAt: string }>() },
  'customers.restore': { input: byId, output: returns<Customer>() },
  'customers.trash': {
    input: z.object({
      page: z.number().int().min(0).default(0),
      pageSize: z.number().int().min(1).max(200).default(50),
    }),
    output: returns<Page<CustomerRow & { readonly deletedAt: string }>>(),
  },
  'contacts.save': { input: contactInput, output: returns<Contact>() },
  'contacts.delete': { input: byId, output: returns<{ readonly ok: true }>() },
  'interactions.create': { input: interactionInput, output: returns<Interaction>() },
  'interactions.list': {
    input: z.object({
      customerId: id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: returns<Page<Interaction>>(),
  },
  'interactions.delete': { input: byId, output: returns<{ readonly ok: true }>() },
  'transactions.list': { input: z.object({ customerId: id }), output: returns<readonly Transaction[]>() },
  'transactions.save': { input: transactionInput, output: returns<Transaction>() },
  'transactions.delete': { input: byId, output: returns<{ readonly ok: true }>() },
  'files.upload': {
    input: z.object({ name: z.string().min(1).max(255), data: z.instanceof(Uint8Array) }),
    output: returns<{ readonly fileId: string; readonly fileName: string; readonly size: number }>(),
  },
  'import.inspect': { input: importSettings, output: returns<Inspection>() },
  'import.duplicates': { input: importSettings, output: returns<DuplicateReview>() },
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
  'export.create': {
    input: z.object({
      what: z.enum(['customers', 'transactions']).default('customers'),
      format: z.enum(['xlsx', 'csv']).default('xlsx'),
      encoding: z.enum(['utf8', 'gbk']).default('utf8'),
      language: z.enum(LANGUAGES).default('zh-CN'),
      filter: exportFilter.default({ query: '' }),
    }),
    output: returns<FileDownload>(),
  },
  'callbacks.export': {
    input: z.object({ report: reportInput, language: z.enum(LANGUAGES).default('zh-CN') }),
    output: returns<FileDownload>(),
  },
  ...callbackContract,
} as const satisfies Record<Channel, { readonly input: z.ZodType; readonly output: unknown }>;

export type Contract = typeof contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type Output<K extends Channel> = Contract[K]['output'];

/** What the renderer calls: one async function per channel, failures thrown as DossierError. */
export type DossierApi = { readonly [K in Channel]: (input: Input<K>) => Promise<Output<K>> };

/** What a host transports: the raw reply envelope per channel (preload exposes this). */
export type DossierBridge = { readonly [K in Channel]: (input: Input<K>) => Promise<Reply<Output<K>>> };
