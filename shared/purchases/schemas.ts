import { z } from 'zod';
import { id, isRealDate, text } from '../fields';

export const purchaseInput = z.object({
  id: id.nullish(),
  customerId: id,
  occurredOn: z.string().refine((v) => isRealDate(v), 'date.invalid'),
  maturesOn: z
    .string()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isRealDate(v), 'date.invalid'),
  product: z.string().trim().min(1, 'import.productRequired').max(200, 'text.tooLong'),
  amountCents: z
    .number()
    .int('number.invalid')
    .min(-1_000_000_000_00, 'number.invalid')
    .max(1_000_000_000_00, 'number.invalid'),
  profitCents: z
    .number()
    .int('number.invalid')
    .nullish()
    .transform((v) => v ?? null),
  channel: text(50),
  notes: text(1000),
  /** The catalogue's product; without one, the product of that name (if the catalogue has it). */
  productId: id.nullish().transform((v) => v ?? null),
  /** Why a product above the customer's risk level (or on an expired assessment) is sold all the same. */
  riskOverride: text(500),
});
