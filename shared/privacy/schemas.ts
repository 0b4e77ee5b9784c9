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
  /** Custom fields flagged (true) or unflagged (false) as personal data, by name; the others stay as they are. */
  personalFields: z
    .record(z.string(), z.boolean())
    .superRefine((flags, ctx) => {
      for (const name of Object.keys(flags))
        if (name.trim().length < 1 || name.trim().length > 50)
          ctx.addIssue({ code: 'custom', message: 'privacy.fieldNameInvalid', path: [name] });
    })
    .transform((flags) => Object.fromEntries(Object.entries(flags).map(([name, on]) => [name.trim(), on])))
    .optional(),
});
