import { z } from 'zod';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';

export const settingsPatch = z.object({
  language: z.enum(LANGUAGES).nullish(),
  currentStaffId: id.nullish(),
});
