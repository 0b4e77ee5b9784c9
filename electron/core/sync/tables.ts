/**
 * What travels to head office: each synced table, its key, the columns whose change is captured, and how a local
 * row becomes a row of the head-office mirror (electron/core/hq/migrations/001-schema.ts). Free text and raw ID
 * numbers never leave; a mobile leaves masked, and mobile and ID number as keyed digests (same person elsewhere).
 */
import { createHmac } from 'node:crypto';
import { maskPhone } from '../../../shared/privacy/mask';

export type Row = Record<string, unknown>;

export interface SyncedTable {
  /** The local table, its key column, and the columns whose change is captured (besides insert and delete). */
  readonly local: string;
  readonly key: string;
  readonly watch: readonly string[];
  /** The head-office table, its columns after (branch_id, id) and their PostgreSQL types, in order. */
  readonly remote: string;
  readonly columns: readonly (readonly [name: string, type: string])[];
  /** The local SELECT list, read `FROM <local> t WHERE t.<key> IN (…)`; `id` is the key. */
  readonly select: string;
  /** A local row as the head-office row's values (in `columns` order). */
  readonly toRemote: (row: Row, digestKey: Buffer) => readonly unknown[];
  /** Rows at head office that hang on a customer, deleted with an erased one (column of the customer id). */
  readonly customerColumn: string | null;
}

const digest = (key: Buffer, value: string | null): string | null =>
  value === null || value === '' ? null : createHmac('sha256', key).update(value).digest('hex');

const TS = 'timestamptz';
const common = (r: Row) => [r.created_at, r.updated_at, r.deleted_at ?? null];
const tail: readonly (readonly [string, string])[] = [
  ['created_at', TS],
  ['updated_at', TS],
  ['deleted_at', TS],
];

export const SYNCED_TABLES: readonly SyncedTable[] = [
  {
    local: 'staff',
    key: 'id',
    watch: ['name', 'role', 'deleted_at'],
    remote: 'staff',
    columns: [['name', 'text'], ['role', 'text'], ...tail],
    select: 't.id, t.name, t.role, t.created_at, t.updated_at, t.deleted_at',
    toRemote: (r) => [r.name, r.role, ...common(r)],
    customerColumn: null,
  },
  {
    local: 'customers',
    key: 'id',
    watch: ['kind', 'name', 'owner_id', 'region', 'mobile', 'id_number', 'deleted_at'],
    remote: 'customers',
    columns: [
      ['kind', 'text'],
      ['name', 'text'],
      ['owner_id', 'text'],
      ['region', 'text'],
      ['mobile_masked', 'text'],
      ['mobile_digest', 'text'],
      ['id_number_digest', 'text'],
      ...tail,
    ],
    select:
      't.id, t.kind, t.name, t.owner_id, t.region, t.mobile, t.id_number, t.created_at, t.updated_at, t.deleted_at',
    toRemote: (r, key) => {
      const mobile = (r.mobile as string | null) ?? null;
      const idNumber = (r.id_number as string | null)?.trim().toUpperCase() ?? null;
      return [
        r.kind,
        r.name,
        r.owner_id,
        r.region,
        maskPhone(mobile),
        digest(key, mobile),
        digest(key, idNumber),
        ...common(r),
      ];
    },
    customerColumn: 'id',
  },
  {
    local: 'customer_segments',
    key: 'customer_id',
    watch: ['abc', 'rfm', 'frequency', 'value', 'lifecycle', 'computed_at'],
    remote: 'customer_classes',
    columns: [
      ['abc', 'text'],
      ['rfm', 'text'],
      ['frequency', 'text'],
      ['value', 'text'],
      ['lifecycle', 'text'],
      ['period_from', 'date'],
      ['period_to', 'date'],
      ['computed_at', TS],
      ['purchases', 'integer'],
      ['amount_cents', 'bigint'],
      ['deleted_at', TS],
    ],
    select: `t.customer_id AS id, t.abc, t.rfm, t.frequency, t.value, t.lifecycle, t.period_from, t.period_to,
      t.computed_at, t.purchases, t.amount_cents`,
    toRemote: (r) => [
      r.abc,
      r.rfm,
      r.frequency,
      r.value,
      r.lifecycle,
      r.period_from,
      r.period_to,
      r.computed_at,
      r.purchases,
      r.amount_cents,
      null,
    ],
    customerColumn: 'id',
  },
  {
    local: 'interactions',
    key: 'id',
    watch: ['customer_id', 'kind', 'occurred_at', 'staff_id', 'deleted_at'],
    remote: 'interactions',
    columns: [['customer_id', 'text'], ['kind', 'text'], ['occurred_at', TS], ['staff_id', 'text'], ...tail],
    select: 't.id, t.customer_id, t.kind, t.occurred_at, t.staff_id, t.created_at, t.updated_at, t.deleted_at',
    toRemote: (r) => [r.customer_id, r.kind, r.occurred_at, r.staff_id, ...common(r)],
    customerColumn: 'customer_id',
  },
  {
    local: 'campaigns',
    key: 'id',
    watch: ['name', 'purpose', 'from_on', 'to_on'],
    remote: 'campaigns',
    columns: [['name', 'text'], ['purpose', 'text'], ['from_on', 'date'], ['to_on', 'date'], ...tail],
    select: 't.id, t.name, t.purpose, t.from_on, t.to_on, t.created_at, t.updated_at',
    toRemote: (r) => [r.name, r.purpose, r.from_on, r.to_on, ...common(r)],
    customerColumn: null,
  },
  {
    local: 'callbacks',
    key: 'id',
    watch: [
      'customer_id',
      'campaign_id',
      'staff_id',
      'planned_on',
      'due_on',
      'state',
      'outcome',
      'satisfaction',
      'attempts',
    ],
    remote: 'callbacks',
    columns: [
      ['customer_id', 'text'],
      ['campaign_id', 'text'],
      ['staff_id', 'text'],
      ['purpose', 'text'],
      ['planned_on', 'date'],
      ['due_on', 'date'],
      ['state', 'text'],
      ['outcome', 'text'],
      ['reached', 'boolean'],
      ['not_reached_reason', 'text'],
      ['answer_category', 'text'],
      ['satisfaction', 'smallint'],
      ['attempts', 'integer'],
      ['closed_at', TS],
      ...tail,
    ],
    select: `t.id, t.customer_id, t.campaign_id, t.staff_id, t.purpose, t.planned_on, t.due_on, t.state, t.outcome,
      t.not_reached_reason, t.answer_category, t.satisfaction, t.attempts, t.closed_at, t.created_at, t.updated_at`,
    toRemote: (r) => [
      r.customer_id,
      r.campaign_id,
      r.staff_id,
      r.purpose,
      r.planned_on,
      r.due_on,
      r.state,
      r.outcome,
      r.outcome === 'reached',
      r.not_reached_reason,
      r.answer_category,
      r.satisfaction,
      r.attempts,
      r.closed_at,
      ...common(r),
    ],
    customerColumn: 'customer_id',
  },
  {
    local: 'complaints',
    key: 'id',
    watch: [
      'customer_id',
      'channel',
      'category',
      'severity',
      'root_cause',
      'status',
      'owner_id',
      'received_at',
      'due_on',
      'satisfaction',
    ],
    remote: 'complaints',
    columns: [
      ['customer_id', 'text'],
      ['channel', 'text'],
      ['category', 'text'],
      ['severity', 'text'],
      ['root_cause', 'text'],
      ['status', 'text'],
      ['owner_id', 'text'],
      ['received_at', TS],
      ['received_on', 'date'],
      ['due_on', 'date'],
      ['resolved_at', TS],
      ['closed_at', TS],
      ['satisfaction', 'smallint'],
      ...tail,
    ],
    select: `t.id, t.customer_id, t.channel, t.category, t.severity, t.root_cause, t.status, t.owner_id, t.received_at,
      t.received_on, t.due_on, t.resolved_at, t.closed_at, t.satisfaction, t.created_at, t.updated_at`,
    toRemote: (r) => [
      r.customer_id,
      r.channel,
      r.category,
      r.severity,
      r.root_cause,
      r.status,
      r.owner_id,
      r.received_at,
      r.received_on,
      r.due_on,
      r.resolved_at,
      r.closed_at,
      r.satisfaction,
      ...common(r),
    ],
    customerColumn: 'customer_id',
  },
];

export const TABLE_BY_LOCAL = new Map(SYNCED_TABLES.map((t) => [t.local, t]));
