/** Inputs of the backup channels. */
import { z } from 'zod';

const retentionInput = z.object({
  today: z.number().int().min(1, 'backup.retentionRange').max(50, 'backup.retentionRange'),
  days: z.number().int().min(0, 'backup.retentionRange').max(60, 'backup.retentionRange'),
  weeks: z.number().int().min(0, 'backup.retentionRange').max(52, 'backup.retentionRange'),
});

export const backupSettingsInput = z.object({
  retention: retentionInput,
  everyHours: z.number().int().min(0, 'backup.hoursRange').max(168, 'backup.hoursRange'),
  secondFolder: z
    .string()
    .trim()
    .max(1000)
    .nullable()
    .transform((v) => (v ? v : null)),
});

/** A backup named from the list, or any database file by its full path. */
export const backupFileInput = z.object({ path: z.string().trim().min(1, 'backup.pathRequired').max(4096) });
