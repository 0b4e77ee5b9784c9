/** What the audit log records: who changed what and when, with the values before and after. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'export',
  'read',
  'erase',
  'signIn',
  'signOut',
  'signInFailed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Every kind of record the core writes to the audit log (`audit()` takes only these, so a new kind is added here and
 * named in both languages as `audit.entity.<kind>`; tests/unit/audit/entities.test.ts checks both). Some are stored
 * under the names older files already hold (`transaction` is a purchase, `saved_segment`, `report_note`).
 */
export const AUDIT_ENTITIES = [
  'customer',
  'contact',
  'interaction',
  'transaction',
  'product',
  'risk_assessment',
  'callback',
  'cadence',
  'campaign',
  'complaint',
  'segments',
  'saved_segment',
  'reportDraft',
  'report_note',
  'reportPrint',
  'staff',
  'signIn',
  'import',
  'export',
  'backup',
  'database',
  'privacy',
  'setting',
  'callbackSettings',
  'complaintSettings',
  'segmentSettings',
  'holidays',
  'letterhead',
  'branch',
  'staffDirectory',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly staffId: string | null;
  /** The staff member's name as it is now (null: the system, e.g. planned call-backs). */
  readonly staffName: string | null;
  /** The kind of record: customer, contact, interaction, transaction, callback, complaint, staff, import… */
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  /** The customer the record belongs to, when it belongs to one, and that customer's name. */
  readonly customerId: string | null;
  readonly customerName: string | null;
  /** Field → [before, after] for updates; the values written for creates; what was exported or read. */
  readonly changes: unknown;
  /** The names, as they are now, of the staff whose ids are among the changes (an owner, an assignee), by id. */
  readonly staffNames: Readonly<Record<string, string>>;
}
