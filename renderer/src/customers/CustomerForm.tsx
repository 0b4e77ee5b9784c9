import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { CUSTOMER_KINDS } from '../../../shared/customers/types';
import type { CustomerInput, CustomerValues } from '../../../shared/customers/schemas';
import { queries } from '../api/queries';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { genderOptions, maritalOptions, sourceOptions } from '../i18n/options';
import { CustomFieldsSection } from './CustomFieldsSection';
import { FIELD, FormSection, FULL_FIELD, WIDE_FIELD } from '../components/FormSection';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { TagsField } from './TagsField';

interface CustomerFormProps {
  readonly form: UseFormReturn<CustomerInput, unknown, CustomerValues>;
  /** Mobile or ID number lost focus: a good moment to look for an existing customer. */
  readonly onIdentityBlur: () => void;
}

const toHeadcount = (raw: string): number | '' => (raw.trim() === '' ? '' : Number(raw));

/** The customer dossier's fields (DOMAIN §1); person and company customers show the fields that fit them. */
export function CustomerForm({ form, onIdentityBlur }: CustomerFormProps) {
  const t = useT();
  const { control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const facets = useQuery(queries.facets());
  const staff = useQuery(queries.staff());
  const person = kind === 'person';

  return (
    <Stack spacing={2}>
      <FormSection title={t('customerForm.section.basic')}>
        {/* Name first so typing can start at once; the kind beside it relabels it (姓名 / 客户名称). */}
        <Grid size={FIELD}>
          <FormTextField
            control={control}
            name="name"
            label={person ? t('customer.name') : t('customer.companyName')}
            required
            autoFocus
          />
        </Grid>
        <Grid size={FIELD}>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <FormControl>
                <FormLabel id="customer-kind-label" sx={{ fontSize: '0.75rem', lineHeight: 1 }}>
                  {t('customer.kind')}
                </FormLabel>
                <RadioGroup
                  row
                  sx={{ mt: -0.5 }}
                  aria-labelledby="customer-kind-label"
                  value={field.value}
                  onChange={field.onChange}
                >
                  {CUSTOMER_KINDS.map((k) => (
                    <FormControlLabel key={k} value={k} control={<Radio size="small" />} label={t(`kind.${k}`)} />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
          />
        </Grid>
        {person && (
          <>
            <Grid size={FIELD}>
              <FormSelectField
                control={control}
                name="gender"
                label={t('customer.gender')}
                options={genderOptions(t)}
                emptyLabel={t('common.notGiven')}
              />
            </Grid>
            <Grid size={FIELD}>
              <FormTextField
                control={control}
                name="birthDate"
                label={t('customer.birthDate')}
                type="date"
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Grid>
          </>
        )}
        <Grid size={FIELD}>
          <FormTextField
            control={control}
            name="idNumber"
            label={person ? t('customer.residentId') : t('customer.creditCode')}
            onBlur={onIdentityBlur}
            helperText={person ? t('customerForm.residentIdHint') : undefined}
            slotProps={{ htmlInput: { maxLength: 30, spellCheck: false } }}
          />
        </Grid>
        <Grid size={FIELD}>
          <FormTextField control={control} name="nationality" label={t('customer.nationality')} />
        </Grid>
        {person && (
          <Grid size={FIELD}>
            <FormSelectField
              control={control}
              name="maritalStatus"
              label={t('customer.maritalStatus')}
              options={maritalOptions(t)}
              emptyLabel={t('common.notGiven')}
            />
          </Grid>
        )}
      </FormSection>

      <FormSection title={t('customerForm.section.contact')}>
        <Grid size={FIELD}>
          <FormTextField
            control={control}
            name="mobile"
            label={t('customer.mobile')}
            type="tel"
            onBlur={onIdentityBlur}
          />
        </Grid>
        <Grid size={FIELD}>
          <FormTextField control={control} name="phone" label={t('customer.phone')} type="tel" />
        </Grid>
        <Grid size={FIELD}>
          <FormTextField control={control} name="email" label={t('customer.email')} type="email" />
        </Grid>
        <Grid size={FIELD}>
          <FormTextField control={control} name="region" label={t('customer.region')} />
        </Grid>
        <Grid size={WIDE_FIELD}>
          <FormTextField control={control} name="address" label={t('customer.address')} />
        </Grid>
      </FormSection>

      {person ? (
        <FormSection title={t('customerForm.section.work')}>
          <Grid size={WIDE_FIELD}>
            <FormTextField control={control} name="employer" label={t('customer.employer')} />
          </Grid>
          <Grid size={FIELD}>
            <FormTextField control={control} name="position" label={t('customer.position')} />
          </Grid>
        </FormSection>
      ) : (
        <FormSection title={t('customerForm.section.company')}>
          <Grid size={WIDE_FIELD}>
            <FormTextField control={control} name="industry" label={t('customer.industry')} />
          </Grid>
          <Grid size={FIELD}>
            <FormTextField
              control={control}
              name="headcount"
              label={t('customer.headcount')}
              type="number"
              parse={toHeadcount}
              slotProps={{ htmlInput: { min: 0, step: 1 } }}
            />
          </Grid>
        </FormSection>
      )}

      <FormSection title={t('customerForm.section.relationship')}>
        <Grid size={FIELD}>
          <FormSelectField
            control={control}
            name="ownerId"
            label={t('customer.owner')}
            options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
            emptyLabel={t('common.unassigned')}
          />
        </Grid>
        <Grid size={FIELD}>
          <FormSelectField
            control={control}
            name="source"
            label={t('customer.source')}
            options={sourceOptions(t)}
            emptyLabel={t('common.notGiven')}
          />
        </Grid>
        <Grid size={FULL_FIELD}>
          <TagsField control={control} name="tags" label={t('customer.tags')} suggestions={facets.data?.tags ?? []} />
        </Grid>
        <Grid size={FULL_FIELD}>
          <FormTextField control={control} name="notes" label={t('customer.notes')} multiline minRows={3} />
        </Grid>
      </FormSection>

      <CustomFieldsSection control={control} />
    </Stack>
  );
}
