import { z } from 'zod';
import { id, text } from '../fields';

const riskRating = z
  .number()
  .int('products.ratingInvalid')
  .min(1, 'products.ratingInvalid')
  .max(5, 'products.ratingInvalid');

export const productInput = z.object({
  id: id.nullish().transform((v) => v ?? null),
  name: z.string().trim().min(1, 'products.nameRequired').max(200, 'text.tooLong'),
  category: text(50),
  riskRating,
  termDays: z
    .number()
    .int('products.termInvalid')
    .min(1, 'products.termInvalid')
    .max(36_500, 'products.termInvalid')
    .nullish()
    .transform((v) => v ?? null),
});

export type ProductValues = z.output<typeof productInput>;
