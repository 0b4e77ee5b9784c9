import { z } from 'zod';
import { id, isRealDate } from '../fields';
import { AUDIT_ACTIONS } from './types';

const isoDate = z.string().refine((v) => isRealDate(v), 'date.invalid');

/** The audit view's filters: person, customer, kind of record, kind of change, period (local dates, inclusive). */
export const auditListInput = z
  .object({
    staffId: id.nullish(),
    customerId: id.nullish(),
    entity: z
      .string()
      .trim()
      .max(40, 'audit.entityInvalid')
      .regex(/^[A-Za-z_]*$/, 'audit.entityInvalid')
      .nullish(),
    action: z.enum(AUDIT_ACTIONS).nullish(),
    from: isoDate.nullish(),
    to: isoDate.nullish(),
    page: z.number().int().min(0).default(0),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'audit.periodOrder', path: ['to'] });

export type AuditListQuery = z.output<typeof auditListInput>;
