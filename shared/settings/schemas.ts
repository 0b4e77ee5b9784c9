import { z } from 'zod';
import { id } from '../fields';
import { LANGUAGES } from '../i18n/languages';
import { isPhoneRegion, type PhoneRegion } from '../rules/phone-region';

export const settingsPatch = z.object({
  language: z.enum(LANGUAGES).nullish(),
  currentStaffId: id.nullish(),
  /** null returns to the default (CN). */
  phoneRegion: z.custom<PhoneRegion>(isPhoneRegion, { message: 'field.invalid' }).nullish(),
});
