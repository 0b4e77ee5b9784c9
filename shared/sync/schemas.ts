import { z } from 'zod';

export const BRANCH_CODE = /^[A-Za-z0-9_-]{1,32}$/;

export const branchInitInput = z.object({
  code: z.string().trim().regex(BRANCH_CODE, 'hq.badCode'),
  name: z.string().trim().min(1, 'hq.noName').max(200, 'hq.noName'),
});

/** The head-office connection: a postgresql:// URL; the password beside it (empty: keep the one stored). */
export const syncConfigureInput = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((u) => u === '' || /^postgres(ql)?:\/\//.test(u), 'hq.badUrlShort'),
  password: z.string().max(500).optional(),
});

export const syncPushInput = z.object({ url: z.string().trim().max(2000).optional() }).optional();
