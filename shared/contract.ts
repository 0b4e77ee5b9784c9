/** The typed contract: one map of channel → input schema and output type. */
import { z } from 'zod';
import type { Channel } from './channels';
import type {
  AppInfo,
  Contact,
  Customer,
  CustomerDetail,
  CustomerRow,
  DuplicateCandidate,
  Facets,
  Interaction,
  Page,
  SearchHit,
  Settings,
  Staff,
} from './domain';
import type { Reply } from './result';
import {
  contactInput,
  customerInput,
  customerListQuery,
  id,
  interactionInput,
  searchQuery,
  settingsPatch,
} from './schemas';

/** A phantom marker carrying the output type of a channel. */
const returns = <T>() => undefined as unknown as T;
const none = z.object({}).strict();
const byId = z.object({ id });

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
    input: z.object({ page: z.number().int().min(0).default(0), pageSize: z.number().int().min(1).max(200).default(50) }),
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
} as const satisfies Record<Channel, { readonly input: z.ZodType; readonly output: unknown }>;

export type Contract = typeof contract;
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
export type Output<K extends Channel> = Contract[K]['output'];

/** What the renderer calls: one async function per channel, failures thrown as DossierError. */
export type DossierApi = { readonly [K in Channel]: (input: Input<K>) => Promise<Output<K>> };

/** What a host transports: the raw reply envelope per channel (preload exposes this). */
export type DossierBridge = { readonly [K in Channel]: (input: Input<K>) => Promise<Reply<Output<K>>> };
