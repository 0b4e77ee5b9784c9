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
