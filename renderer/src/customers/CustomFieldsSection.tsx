import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import type { CustomerInput, CustomerValues } from '../../../shared/customers/schemas';
import { useT } from '../i18n/I18nContext';
import { FormSection, FULL_FIELD } from '../components/FormSection';

interface FieldRow {
  readonly key: number;
  readonly label: string;
  readonly value: string;
}

/** Without a prototype, so a field named __proto__ survives the form's copies of its values. */
function toRecord(rows: readonly FieldRow[]): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  for (const r of rows) if (r.label.trim() !== '') record[r.label.trim()] = r.value;
  return record;
}

/** Label/value rows; kept as typed here, handed to the form as a record (rows without a label are left out). */
function CustomFieldRows({
  initial,
  onChange,
}: {
  readonly initial: Readonly<Record<string, string>>;
  readonly onChange: (fields: Record<string, string>) => void;
}) {
  const t = useT();
  const [rows, setRows] = useState<readonly FieldRow[]>(() =>
    Object.entries(initial).map(([label, value], key) => ({ key, label, value })),
  );
  const update = (next: readonly FieldRow[]): void => {
    setRows(next);
    onChange(toRecord(next));
  };
  const change = (key: number, patch: Partial<FieldRow>): void =>
    update(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const seen = new Set<string>();

  return (
    <>
      {rows.map((row) => {
        const label = row.label.trim();
        const repeated = label !== '' && seen.has(label);
        seen.add(label);
        return (
          <Grid key={row.key} size={FULL_FIELD} container spacing={1.5} sx={{ alignItems: 'flex-start' }}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                label={t('customFields.label')}
                value={row.label}
                onChange={(event) => change(row.key, { label: event.target.value })}
                error={repeated}
                helperText={repeated ? t('customFields.duplicate') : undefined}
                slotProps={{ htmlInput: { maxLength: 50 } }}
              />
            </Grid>
            <Grid size={{ xs: 10, sm: 7 }}>
              <TextField
                label={t('customFields.value')}
                value={row.value}
                onChange={(event) => change(row.key, { value: event.target.value })}
                slotProps={{ htmlInput: { maxLength: 1000 } }}
              />
            </Grid>
            <Grid size={{ xs: 2, sm: 1 }} sx={{ pt: 0.5 }}>
              <IconButton
                aria-label={t('customFields.remove', { name: label })}
                onClick={() => update(rows.filter((r) => r.key !== row.key))}
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            </Grid>
          </Grid>
        );
      })}
      <Grid size={FULL_FIELD}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => update([...rows, { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, label: '', value: '' }])}
        >
          {t('customFields.add')}
        </Button>
      </Grid>
    </>
  );
}

/** Fields the dossier has no place for (often columns kept from an import), as editable label/value rows. */
export function CustomFieldsSection({
  control,
}: {
  readonly control: Control<CustomerInput, unknown, CustomerValues>;
}) {
  const t = useT();
  return (
    <FormSection title={t('customer.customFields')}>
      <Grid size={FULL_FIELD}>
        <Typography variant="body2" color="text.secondary">
          {t('customFields.hint')}
        </Typography>
      </Grid>
      <Controller
        control={control}
        name="customFields"
        render={({ field }) => <CustomFieldRows initial={field.value ?? {}} onChange={field.onChange} />}
      />
    </FormSection>
  );
}
