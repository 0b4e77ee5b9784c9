import { z } from 'zod';

export const searchQuery = z.object({
  query: z.string().max(100, 'text.tooLong'),
  limit: z.number().int().min(1).max(200).default(20),
});
