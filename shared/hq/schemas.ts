/** Input schemas of the head-office channels; their messages are i18n keys. */
import { z } from 'zod';
import { id, isRealDate } from '../fields';
import { SAME_PERSON_KEYS } from './types';

export const hqFiguresInput = z.object({
  /** The calendar date overdue complaints are counted on; head office's own date when absent. */
  today: z
    .string()
    .refine((v) => isRealDate(v), 'date.invalid')
    .optional(),
});

export const hqBranchInput = hqFiguresInput.extend({ branchId: id });

export const hqSearchInput = z.object({
  query: z.string().trim().min(1, 'hq.search.empty').max(50, 'text.tooLong'),
  limit: z.number().int().min(1).max(200).default(50),
});

export const hqSamePersonInput = z.object({
  by: z.enum(SAME_PERSON_KEYS).default('idNumber'),
  after: z.string().max(64).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const hqPullInput = z.object({
  url: z.string().trim().min(1, 'hq.noUrl').max(2000, 'text.tooLong'),
});
