/** Choices for drop-downs over the domain's enums, labelled in the active language. */
import { CONTACT_ROLES } from '../../../shared/contacts/types';
import { CUSTOMER_KINDS, GENDERS, MARITAL_STATUSES, SOURCES } from '../../../shared/customers/types';
import { INTERACTION_KINDS, LOGGABLE_KINDS, type InteractionKind } from '../../../shared/interactions/types';
import { ID_TYPES } from '../../../shared/rules/id-documents';
import type { SelectOption } from '../components/SelectField';
import type { Translate } from './I18nContext';

export const kindOptions = (t: Translate): SelectOption[] =>
  CUSTOMER_KINDS.map((v) => ({ value: v, label: t(`kind.${v}`) }));
export const genderOptions = (t: Translate): SelectOption[] =>
  GENDERS.map((v) => ({ value: v, label: t(`gender.${v}`) }));
export const maritalOptions = (t: Translate): SelectOption[] =>
  MARITAL_STATUSES.map((v) => ({ value: v, label: t(`marital.${v}`) }));
export const sourceOptions = (t: Translate): SelectOption[] =>
  SOURCES.map((v) => ({ value: v, label: t(`source.${v}`) }));
/** A person's identity documents (a company has its credit code only). */
export const personIdTypeOptions = (t: Translate): SelectOption[] =>
  ID_TYPES.filter((v) => v !== 'creditCode').map((v) => ({ value: v, label: t(`idType.${v}`) }));
/** The kinds a person may pick; an old complaint entry keeps its own kind when corrected. */
export const interactionKindOptions = (t: Translate, current?: InteractionKind): SelectOption[] =>
  (current === 'complaint' ? INTERACTION_KINDS : LOGGABLE_KINDS).map((v) => ({
    value: v,
    label: t(`interactionKind.${v}`),
  }));
export const contactRoleOptions = (t: Translate): SelectOption[] =>
  CONTACT_ROLES.map((v) => ({ value: v, label: t(`contactRole.${v}`) }));
