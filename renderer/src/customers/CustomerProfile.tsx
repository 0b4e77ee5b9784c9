import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Customer } from '../../../shared/customers/types';
import { formatPhone } from '../../../shared/rules/index';
import { ageOn } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import { orDash } from '../i18n/labels';
import { FieldList, type FieldEntry } from '../components/FieldList';
import { useReveal } from '../privacy/useReveal';
import { usePhoneRegion } from '../settings/usePhoneRegion';

/** Every dossier field, labelled; empty ones show a dash so the layout stays the same from file to file. */
export function CustomerProfile({ customer }: { readonly customer: Customer }) {
  const { t, format } = useI18n();
  // Staff (sign-in on) see phones and ID numbers masked until they ask to see them.
  const { shown: c, button: reveal } = useReveal(customer);
  const region = usePhoneRegion();
  const phone = (value: string | null): string | null => value && formatPhone(value, region);
  const person = c.kind === 'person';
  const birth = c.birthDate
    ? t('customer.birthDateWithAge', { date: format.calendarDate(c.birthDate), age: ageOn(c.birthDate) })
    : null;

  const fields: FieldEntry[] = [
    { label: t('customer.mobile'), value: orDash(t, phone(c.mobile)) },
    { label: t('customer.phone'), value: orDash(t, phone(c.phone)) },
    { label: t('customer.email'), value: orDash(t, c.email) },
    ...(person
      ? [
          { label: t('customer.gender'), value: c.gender ? t(`gender.${c.gender}`) : t('common.empty') },
          { label: t('customer.birthDate'), value: orDash(t, birth) },
          { label: c.idType ? t(`idType.${c.idType}`) : t('customer.idNumber'), value: orDash(t, c.idNumber) },
          { label: t('customer.employer'), value: orDash(t, c.employer) },
          { label: t('customer.position'), value: orDash(t, c.position) },
          {
            label: t('customer.maritalStatus'),
            value: c.maritalStatus ? t(`marital.${c.maritalStatus}`) : t('common.empty'),
          },
        ]
      : [
          { label: t('customer.creditCode'), value: orDash(t, c.idNumber) },
          { label: t('customer.industry'), value: orDash(t, c.industry) },
          {
            label: t('customer.headcount'),
            value: c.headcount === null ? t('common.empty') : format.number(c.headcount),
          },
        ]),
    { label: t('customer.nationality'), value: orDash(t, c.nationality) },
    { label: t('customer.region'), value: orDash(t, c.region) },
    { label: t('customer.source'), value: c.source ? t(`source.${c.source}`) : t('common.empty') },
    { label: t('customer.address'), value: orDash(t, c.address), wide: true },
    { label: t('customer.notes'), value: orDash(t, c.notes), wide: true },
    { label: t('customer.createdAt'), value: format.dateTime(c.createdAt) },
    { label: t('customer.updatedAt'), value: format.dateTime(c.updatedAt) },
  ];

  const custom: FieldEntry[] = Object.entries(c.customFields).map(([label, value]) => ({ label, value }));

  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h2">{t('customer.profile')}</Typography>
        {reveal}
      </Stack>
      <FieldList fields={fields} />
      {custom.length > 0 && (
        <>
          <Divider sx={{ my: 2 }} />
          <Typography variant="h3" component="h3" sx={{ mb: 1.5 }}>
            {t('customer.customFields')}
          </Typography>
          <FieldList fields={custom} />
        </>
      )}
    </Paper>
  );
}
