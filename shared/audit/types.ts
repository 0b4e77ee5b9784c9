/** What the audit log records: who changed what and when, with the values before and after. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'export', 'read', 'erase'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
}
