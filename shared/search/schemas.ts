import { z } from 'zod';
import { searchText } from '../fields';

export const searchQuery = z.object({
  query: searchText(100),
  limit: z.number().int().min(1).max(200).default(20),
});
