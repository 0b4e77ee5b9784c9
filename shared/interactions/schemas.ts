import { z } from 'zod';
import { id, text } from '../fields';
import { INTERACTION_KINDS } from './types';

export const interactionInput = z.object({
  customerId: id,
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: z.iso.datetime({ offset: true, message: 'date.invalid' }),
  staffId: id.nullish(),
  summary: z.string().trim().min(1, 'summary.required').max(5000, 'text.tooLong'),
  outcome: text(500),
});

/** A correction of a timeline entry: its type, time and text (the customer and who wrote it stay). */
export const interactionUpdateInput = interactionInput.omit({ customerId: true, staffId: true }).extend({ id });
