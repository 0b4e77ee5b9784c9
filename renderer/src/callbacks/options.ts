/** Choices for call-back drop-downs, labelled in the active language. */
import { CALLBACK_PRIORITIES, CALLBACK_PURPOSES, NOT_REACHED_REASONS, QUEUE_VIEWS } from '../../../shared/callbacks';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from '../i18n/I18nContext';

export const purposeOptions = (t: Translate): SelectOption[] =>
  CALLBACK_PURPOSES.map((v) => ({ value: v, label: t(`callbackPurpose.${v}`) }));
export const priorityOptions = (t: Translate): SelectOption[] =>
  CALLBACK_PRIORITIES.map((v) => ({ value: v, label: t(`callbackPriority.${v}`) })).reverse();
export const notReachedOptions = (t: Translate): SelectOption[] =>
  NOT_REACHED_REASONS.map((v) => ({ value: v, label: t(`notReachedReason.${v}`) }));
export const queueViewOptions = (t: Translate): SelectOption[] =>
  QUEUE_VIEWS.map((v) => ({ value: v, label: t(`queueView.${v}`) }));
