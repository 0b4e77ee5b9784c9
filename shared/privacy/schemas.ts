import { z } from 'zod';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';

export const TRASH_DAYS_DEFAULT = 30;

export const personalExportInput = z.object({
  id,
  format: z.enum(['xlsx', 'json']).default('xlsx'),
  language: z.enum(LANGUAGES).default('zh-CN'),
});

/** Erasing is for real: the customer's name typed again confirms it (the core compares). */
export const eraseInput = z.object({ id, confirm: z.string().max(200, 'privacy.confirmMismatch') });

export const privacySettingsInput = z.object({
  trashDays: z
    .number()
    .int('privacy.trashDaysRange')
    .min(1, 'privacy.trashDaysRange')
    .max(3650, 'privacy.trashDaysRange')
    .optional(),
});
