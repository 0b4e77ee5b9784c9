/**
 * The audit log's field names and coded values in the reader's language, by kind of record: each recorded field is
 * named as the form or page that edits it names it, and a code (a status, a priority, a role…) in the words the UI
 * shows for it elsewhere.
 */
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index';

/** How a field's value reads: a code with its words under a prefix, a staff id, fen, customer field names… */
export type ValueKind =
  | { readonly words: string | readonly string[] }
  | 'reportKind'
  | 'staff'
  | 'money'
  | 'customerFields'
  | 'cadence'
  | 'image'
  | 'secret'
  | 'tagCadence'
  | 'class'
  | 'pulledLabels';

export interface FieldSpec {
  readonly label: MessageKey;
  readonly value?: ValueKind;
}

const f = (label: MessageKey, value?: ValueKind): FieldSpec => ({ label, value });
const words = (...prefixes: string[]): ValueKind => ({ words: prefixes });

/** Fields several kinds of record share, named alike everywhere. */
const COMMON: Readonly<Record<string, FieldSpec>> = {
  name: f('audit.field.name'),
  notes: f('customer.notes'),
  reason: f('callbackReport.reason', words('notReachedReason')),
  source: f('audit.field.source', words('audit.source')),
  pulled: f('audit.field.pulled'),
  // A saved segment's, an export's or a campaign's choice of customers: the customer list's filters.
  query: f('audit.field.query'),
  kind: f('customer.kind', words('kind')),
  ownerId: f('customer.owner', 'staff'),
  tag: f('customer.tags'),
  tags: f('customer.tags'),
  tagMatch: f('customers.tagMatch', words('customers.tagMatch')),
  region: f('customer.region'),
  classes: f('filter.classes', 'class'),
  rMin: f('filter.rMin'),
  rMax: f('filter.rMax'),
  fMin: f('filter.fMin'),
  fMax: f('filter.fMax'),
  mMin: f('filter.mMin'),
  mMax: f('filter.mMax'),
  lastPurchaseAfter: f('filter.lastPurchaseAfter'),
  lastPurchaseBefore: f('filter.lastPurchaseBefore'),
  spendMin: f('filter.spendMin', 'money'),
  spendMax: f('filter.spendMax', 'money'),
  bought: f('filter.bought'),
  notBought: f('filter.notBought'),
  // C1–C5 as the list's risk filter names them (“C3 平衡型”), and an expired assessment.
  risk: f('filter.risk', words('filter.risk', 'segments.class.risk')),
  birthdayWithin: f('filter.birthdayWithin'),
  fields: f('filter.fieldName'),
  value: f('filter.fieldValue'),
};

const CALLBACK: Readonly<Record<string, FieldSpec>> = {
  dueOn: f('schedule.dueOn'),
  windowStart: f('schedule.from'),
  windowEnd: f('schedule.to'),
  staffId: f('queue.col.staff', 'staff'),
  purpose: f('queue.col.purpose', words('callbackPurpose')),
  priority: f('queue.col.priority', words('callbackPriority')),
  notes: f('queue.col.notes'),
  attempt: f('audit.field.attempt'),
  outcome: f('audit.field.outcome', words('callbackOutcome')),
  answerCategory: f('logCall.answer', words('answerCategory')),
  satisfaction: f('logCall.satisfaction'),
  result: f('audit.field.result', words('callbackState', 'audit.callbackResult')),
  state: f('audit.field.state', words('callbackState')),
  from: f('audit.field.plannedBy', words('audit.plannedBy')),
};

/** Each kind's own fields; `customer` falls back to `customer.<field>` (the customer form's own names). */
const FIELDS: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  customer: {
    ownerId: f('customer.owner', 'staff'),
    kind: f('customer.kind', words('kind')),
    gender: f('customer.gender', words('gender')),
    maritalStatus: f('customer.maritalStatus', words('marital')),
    source: f('customer.source', words('source')),
    idType: f('customer.idType', words('idType')),
    fields: f('audit.field.fields', 'customerFields'),
    bulk: f('audit.field.bulk'),
    format: f('audit.field.format'),
    at: f('audit.field.at'),
  },
  contact: {
    name: f('contact.name'),
    title: f('contact.title'),
    role: f('contact.role', words('contactRole')),
    mobile: f('contact.mobile'),
    email: f('contact.email'),
    notes: f('contact.notes'),
  },
  interaction: {
    kind: f('interaction.kind', words('interactionKind')),
    occurredAt: f('interaction.occurredAt'),
    staffId: f('queue.col.staff', 'staff'),
    summary: f('interaction.summary'),
    outcome: f('interaction.outcome'),
  },
  transaction: {
    occurredOn: f('purchase.date'),
    maturesOn: f('purchase.maturesOn'),
    product: f('purchase.product'),
    amountCents: f('purchase.amount', 'money'),
    profitCents: f('purchase.profit', 'money'),
    channel: f('purchase.channel'),
    notes: f('purchase.notes'),
    riskOverride: f('risk.overrideReason'),
  },
  product: {
    name: f('product.name'),
    category: f('product.category'),
    riskRating: f('product.rating', words('productRating')),
    termDays: f('product.term'),
    linkedPurchases: f('audit.field.linkedPurchases'),
  },
  risk_assessment: {
    level: f('risk.level', words('segments.class.risk')),
    assessedOn: f('risk.assessedOn'),
    expiresOn: f('risk.expiresOn'),
    notes: f('risk.notes'),
  },
  callback: CALLBACK,
  cadence: { cadence: f('cadence.title', 'cadence') },
  campaign: {
    name: f('campaigns.name'),
    purpose: f('campaigns.purpose', words('callbackPurpose')),
    priority: f('campaigns.priority', words('callbackPriority')),
    notes: f('campaigns.notes'),
    fromOn: f('campaigns.fromOn'),
    toOn: f('campaigns.toOn'),
    perDayCap: f('campaigns.perDayCap'),
    staffIds: f('campaigns.staff', 'staff'),
    selection: f('audit.field.selection'),
    created: f('audit.field.callbacksPlanned'),
    overflow: f('campaigns.preview.overflow'),
    openUpdated: f('audit.field.openUpdated'),
    cancelled: f('audit.field.callbacksCancelled'),
    reason: f('campaigns.cancelReason'),
    handOver: f('campaigns.handOverConfirm'),
    from: f('audit.field.handOverFrom', 'staff'),
    to: f('audit.field.handOverTo', 'staff'),
    moved: f('audit.field.callbacksMoved'),
    overCap: f('audit.field.overCap'),
  },
  complaint: {
    action: f('audit.field.step', words('complaintAction')),
    status: f('complaints.column.status', words('complaintStatus')),
    receivedAt: f('complaints.column.received'),
    receivedOn: f('complaints.column.received'),
    channel: f('complaints.column.channel', words('complaintChannel')),
    category: f('complaints.column.category', words('complaintCategory')),
    severity: f('complaints.column.severity', words('complaintSeverity')),
    words: f('complaints.column.words'),
    ownerId: f('complaints.column.owner', 'staff'),
    dueOn: f('complaints.column.due'),
    note: f('customer.notes'),
    rootCause: f('complaints.column.cause', words('complaintCause')),
    countermeasure: f('complaints.column.countermeasure'),
    customerTold: f('audit.field.customerTold'),
    satisfaction: f('complaints.column.satisfaction'),
    reason: f('complaintsPage.reason'),
    resolvedAt: f('audit.field.resolvedAt'),
    closedAt: f('audit.field.closedAt'),
  },
  saved_segment: {
    name: f('savedSegments.name'),
    kind: f('savedSegments.col.kind', words('savedSegments.kind')),
    filter: f('audit.field.filter'),
    pinned: f('savedSegments.pinned'),
    members: f('savedSegments.col.count'),
  },
  reportDraft: {
    version: f('reports.drafts.versions'),
    purpose: f('reports.customer.purpose'),
    analysis: f('reports.customer.analysis'),
    assessment: f('reports.customer.assessment'),
    revision: f('reports.customer.revision'),
    status: f('audit.field.state', words('reports.drafts.status')),
    reviewedBy: f('reports.reviewedBy', 'staff'),
    reviewedAt: f('audit.field.reviewedAt'),
  },
  report_note: { text: f('audit.field.measures') },
  reportPrint: {
    kind: f('audit.field.report', 'reportKind'),
    params: f('audit.field.params'),
    filter: f('audit.field.filter'),
    segmentName: f('savedSegments.col.name'),
    count: f('audit.field.customers'),
    unmasked: f('reports.unmask'),
    as: f('audit.field.printedAs', words('audit.printedAs')),
  },
  staff: {
    name: f('staff.name'),
    lockedUntil: f('audit.field.lockedUntil'),
    secret: f('auth.secret', 'secret'),
    role: f('auth.col.role', words('auth.role')),
    osUser: f('auth.col.osUser'),
    reassignedTo: f('bulk.reassign.to', 'staff'),
    customers: f('staff.col.customers'),
    callbacks: f('staff.col.callbacks'),
    deletedAt: f('audit.field.deactivatedAt'),
  },
  signIn: { enabled: f('auth.enabled'), idleMinutes: f('auth.idleMinutes') },
  import: {
    fileName: f('import.history.file'),
    created: f('import.summary.created'),
    updated: f('import.summary.updated'),
    skipped: f('import.summary.skipped'),
    merged: f('import.summary.merged'),
    rejected: f('import.summary.rejected'),
    removed: f('audit.field.removed'),
    restored: f('audit.field.restored'),
    kept: f('audit.field.kept'),
  },
  export: { format: f('audit.field.format'), rows: f('audit.field.rows'), filter: f('audit.field.filter') },
  backup: { restoredFrom: f('audit.field.restoredFrom'), undoBackup: f('audit.field.undoBackup') },
  database: {
    encrypted: f('encryption.title'),
    passphrase: f('encryption.passphrase', 'secret'),
    backupsRewritten: f('audit.field.backupsRewritten'),
  },
  privacy: { trashDays: f('privacy.trashDays'), personalFields: f('privacy.personalFields') },
  setting: {
    everyHours: f('backup.everyHours'),
    retention: f('backup.schedule'),
    today: f('backup.keepToday'),
    days: f('backup.keepDays'),
    weeks: f('backup.keepWeeks'),
    secondFolder: f('backup.secondFolder'),
    'callbacks.answerCategories': f('callbackSettings.categories', words('answerCategory')),
    'complaints.categories': f('audit.field.complaintCategories', words('complaintCategory')),
    labels: f('audit.field.labels', 'pulledLabels'),
  },
  callbackSettings: {
    retryLimit: f('callbackSettings.retryLimit'),
    answerCategories: f('callbackSettings.categories', words('answerCategory')),
    answerLabels: f('audit.field.labels', 'pulledLabels'),
    tagCadences: f('callbackSettings.cadences', 'tagCadence'),
    birthdayLeadDays: f('callbackSettings.birthdayLead'),
    maturityLeadDays: f('callbackSettings.maturityLead'),
  },
  complaintSettings: {
    categories: f('audit.field.complaintCategories', words('complaintCategory')),
    categoryLabels: f('audit.field.labels', 'pulledLabels'),
    rootCauses: f('audit.field.rootCauses', words('complaintCause')),
    limits: f('audit.field.limits'),
    low: f('complaintSeverity.low'),
    normal: f('complaintSeverity.normal'),
    high: f('complaintSeverity.high'),
    urgent: f('complaintSeverity.urgent'),
    responseLimit: f('audit.field.responseLimit'),
  },
  segmentSettings: {
    period: f('segmentsPage.settings.period'),
    abc: f('segments.scheme.abc'),
    rfm: f('segments.scheme.rfm'),
    frequency: f('segments.scheme.frequency'),
    value: f('segments.scheme.value'),
    lifecycle: f('segments.scheme.lifecycle'),
  },
  holidays: {
    holidays: f('callbackSettings.holidays'),
    date: f('campaigns.preview.day'),
    kind: f('callbackSettings.kind', words('holidayKind')),
    name: f('callbackSettings.holidayName'),
    remove: f('audit.field.holidaysRemoved'),
    replaceYears: f('audit.field.replaceYears'),
    moved: f('audit.field.callbacksMoved'),
    keptFromHq: f('audit.field.keptFromHq'),
  },
  letterhead: {
    branchName: f('reports.branchName'),
    paper: f('reports.paper', words('reports.paper')),
    logo: f('reports.logo', 'image'),
  },
  branch: {
    code: f('audit.field.branchCode'),
    name: f('audit.field.branchName'),
    headOffice: f('sync.settings.url'),
    password: f('sync.settings.password', 'secret'),
  },
  staffDirectory: {},
};

/** Fields whose value is a list (a list of two is a list, not a before and after). */
const LIST_FIELDS: ReadonlySet<string> = new Set([
  'tags',
  'fields',
  'classes',
  'risk',
  'staffIds',
  'toStaffIds',
  'holidays',
  'remove',
  'replaceYears',
  'answerCategories',
  'categories',
  'rootCauses',
  'tagCadences',
  'customerIds',
  'callbacks.answerCategories',
  'complaints.categories',
]);

/** Whether a field's value is [before, after]. */
export const isChange = (field: string, v: unknown): v is [unknown, unknown] =>
  Array.isArray(v) &&
  v.length === 2 &&
  (!LIST_FIELDS.has(field) || v.every((side) => side === null || Array.isArray(side)));

/** Fields that hold the id of a record the entry is already about or that no one reads by id: not shown. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'customerId',
  'productId',
  'campaignId',
  'complaintId',
  'callbackId',
  'followUpId',
  'customerIds',
  'after',
]);

/** How the field reads in an entry of this kind, or undefined for a field no form names. */
export function fieldSpec(entity: string, field: string): FieldSpec | undefined {
  const own = FIELDS[entity]?.[field] ?? COMMON[field];
  if (own) return own;
  if (entity !== 'customer') return undefined;
  const key = `customer.${field}`;
  return isMessageKey(key) ? { label: key } : undefined;
}
