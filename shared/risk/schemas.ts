import { z } from 'zod';
import { id, isRealDate, text } from '../fields';
import { localDate } from '../rules/calendar';

const isoDate = z.string().refine((v) => isRealDate(v), 'date.invalid');

export const riskAssessInput = z
  .object({
    customerId: id,
    level: z.number().int('risk.levelInvalid').min(1, 'risk.levelInvalid').max(5, 'risk.levelInvalid'),
    assessedOn: isoDate.refine((v) => v <= localDate(), 'date.future'),
    /** Default: a year after the assessment. */
    expiresOn: z
      .string()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isRealDate(v), 'date.invalid'),
    notes: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.expiresOn !== null && isRealDate(v.assessedOn) && v.expiresOn <= v.assessedOn)
      ctx.addIssue({ code: 'custom', message: 'risk.expiryBeforeAssessment', path: ['expiresOn'] });
  });

export type RiskAssessValues = z.output<typeof riskAssessInput>;

const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export const mismatchesInput = z.object(paging);

const DUE_LISTS = ['expired', 'expiring'] as const;

export const dueInput = z.object({
  list: z.enum(DUE_LISTS),
  /** The day the list is relative to; default the local today. */
  today: isoDate.nullish().transform((v) => v ?? null),
  ...paging,
});
