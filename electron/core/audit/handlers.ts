import type { auditContract } from '../../../shared/audit/contract';
import { currentViewer } from '../auth/acting';
import type { AreaContext, HandlersOf } from '../context';
import { listAudit } from './view';

export type AuditHandlers = HandlersOf<typeof auditContract>;

export function auditHandlers({ db }: AreaContext): AuditHandlers {
  return {
    // Staff see what they did themselves; the audit view of others is a manager's.
    'audit.list': (q) => {
      const viewer = currentViewer();
      return listAudit(db, q, viewer?.restricted ? viewer.staffId : null);
    },
  };
}
