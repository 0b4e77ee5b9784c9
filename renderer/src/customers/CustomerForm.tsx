import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { Controller, useWatch, type Control, type UseFormReturn } from 'react-hook-form';
import { CUSTOMER_KINDS } from '../../../shared/customers/types';
import type { CustomerInput, CustomerValues } from '../../../shared/customers/schemas';
import { queries } from '../api/queries';
import { useT, type Translate } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { genderOptions, maritalOptions, personIdTypeOptions, sourceOptions } from '../i18n/options';
import { CustomFieldsSection } from './CustomFieldsSection';
import { FIELD, FormSection, FULL_FIELD, WIDE_FIELD } from '../components/FormSection';
import { FormSelectField } from '../components/FormSelectField';
import type { SelectOption } from '../components/SelectField';
import { FormTextField } from '../components/FormTextField';
import { TagsField } from './TagsField';

interface CustomerFormProps {
  readonly form: UseFormReturn<CustomerInput, unknown, CustomerValues>;
  /** Mobile or ID number lost focus: a good moment to look for an existing customer. */
  readonly onIdentityBlur: () => void;
}

const toHeadcount = (raw: string): number | '' => (raw.trim() === '' ? '' : Number(raw));

type CustomerControl = Control<CustomerInput, unknown, CustomerValues>;
/** The dossier's fields typed in as they are, each labelled customer.<name>. */
type TextName =
  | 'birthDate'
  | 'nationality'
  | 'mobile'
  | 'phone'
  | 'email'
  | 'region'
  | 'address'
  | 'employer'
  | 'position'
  | 'industry';

interface TextCellProps {
  readonly control: CustomerControl;
  readonly name: TextName;
  readonly size?: typeof FIELD | typeof WIDE_FIELD;
  readonly type?: 'date' | 'tel' | 'email';
  readonly onBlur?: () => void;
}

/** A plain text field of the dossier in its grid cell, labelled as the dossier names it. */
function TextCell({ control, name, size = FIELD, ...props }: TextCellProps) {
  const t = useT();
  return (
    <Grid size={size}>
      <FormTextField control={control} name={name} label={t(`customer.${name}`)} {...props} />
    </Grid>
  );
}

interface ChoiceCellProps {
  readonly control: CustomerControl;
  readonly name: 'gender' | 'maritalStatus' | 'source';
  readonly options: (t: Translate) => readonly SelectOption[];
}

/** A choice the customer may not have given. */
function ChoiceCell({ control, name, options }: ChoiceCellProps) {
  const t = useT();
  return (
    <Grid size={FIELD}>
      <FormSelectField
        control={control}
        name={name}
        label={t(`customer.${name}`)}
        options={options(t)}
        emptyLabel={t('common.notGiven')}
      />
    </Grid>
  );
}

/** The customer dossier's fields (DOMAIN §1); person and company customers show the fields that fit them. */
export function CustomerForm({ form, onIdentityBlur }: CustomerFormProps) {
  const t = useT();
  const { control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const idType = useWatch({ control, name: 'idType' });
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
                  onChange={(event) => {
                    field.onChange(event);
                    // A company has one document, its credit code; a person starts from the resident ID.
                    form.setValue('idType', event.target.value === 'company' ? 'creditCode' : 'residentId');
                  }}
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
            <ChoiceCell control={control} name="gender" options={genderOptions} />
            <TextCell control={control} name="birthDate" type="date" />
          </>
        )}
        {person && (
          <Grid size={FIELD}>
            <FormSelectField
              control={control}
              name="idType"
              label={t('customer.idType')}
              options={personIdTypeOptions(t)}
            />
          </Grid>
        )}
        <Grid size={FIELD}>
          <FormTextField
            control={control}
            name="idNumber"
            label={
              person
                ? t(idType === 'residentId' ? 'customer.residentId' : 'customer.idNumber')
                : t('customer.creditCode')
            }
            onBlur={onIdentityBlur}
            helperText={person && idType === 'residentId' ? t('customerForm.residentIdHint') : undefined}
            slotProps={{ htmlInput: { maxLength: 30, spellCheck: false } }}
          />
        </Grid>
        <TextCell control={control} name="nationality" />
        {person && <ChoiceCell control={control} name="maritalStatus" options={maritalOptions} />}
      </FormSection>

      <FormSection title={t('customerForm.section.contact')}>
        <TextCell control={control} name="mobile" type="tel" onBlur={onIdentityBlur} />
        <TextCell control={control} name="phone" type="tel" />
        <TextCell control={control} name="email" type="email" />
        <TextCell control={control} name="region" />
        <TextCell control={control} name="address" size={WIDE_FIELD} />
      </FormSection>

      {person ? (
        <FormSection title={t('customerForm.section.work')}>
          <TextCell control={control} name="employer" size={WIDE_FIELD} />
          <TextCell control={control} name="position" />
        </FormSection>
      ) : (
        <FormSection title={t('customerForm.section.company')}>
          <TextCell control={control} name="industry" size={WIDE_FIELD} />
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
        <ChoiceCell control={control} name="source" options={sourceOptions} />
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
