import { returns, type ContractEntry } from '../contract-entries';
import type { Page } from '../records';
import { auditListInput } from './schemas';
import type { AuditEntry } from './types';

export const auditContract = {
  /** A page of the audit log, newest first; staff see only their own entries. */
  'audit.list': { input: auditListInput, output: returns<Page<AuditEntry>>() },
} as const satisfies Record<string, ContractEntry>;
