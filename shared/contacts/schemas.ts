import { z } from 'zod';
import { email, id, phone, text } from '../fields';
import { CONTACT_ROLES } from './types';

export const contactInput = z.object({
  customerId: id,
  id: id.nullish(),
  name: z.string().trim().min(1, 'name.required').max(100, 'text.tooLong'),
  title: text(50),
  role: z.enum(CONTACT_ROLES).default('other'),
  mobile: phone(true),
  email,
  notes: text(1000),
});
