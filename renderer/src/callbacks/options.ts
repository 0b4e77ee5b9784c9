/** Choices for call-back drop-downs, labelled in the active language. */
import { CALLBACK_PRIORITIES, CALLBACK_PURPOSES } from '../../../shared/callbacks/vocabulary';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';

export const purposeOptions = (t: Translate): SelectOption[] =>
  CALLBACK_PURPOSES.map((v) => ({ value: v, label: t(`callbackPurpose.${v}`) }));
export const priorityOptions = (t: Translate): SelectOption[] =>
  CALLBACK_PRIORITIES.map((v) => ({ value: v, label: t(`callbackPriority.${v}`) })).reverse();
