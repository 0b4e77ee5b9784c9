import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { cadenceInput } from '../../../shared/callbacks/schemas';
import type { Cadence } from '../../../shared/callbacks/types';
import { CADENCE_MODES, CADENCE_UNITS } from '../../../shared/callbacks/vocabulary';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { useT } from '../i18n/I18nContext';
import { cadenceText } from './labels';
import { CALLBACKS_STALE } from './queries';

/** The contract's cadence, with the interval as the text typed. */
const cadenceForm = cadenceInput.extend({ every: z.string().transform(Number).pipe(cadenceInput.shape.every) });
type CadenceForm = z.input<typeof cadenceForm>;

// Letters where the interval goes are not a number at all: zod's own words would not be translated.
const resolver = zodResolver(cadenceForm, {
  error: (issue) => (issue.code === 'invalid_type' ? 'field.invalid' : undefined),
});

interface CadenceDialogProps {
  readonly customerId: string;
  readonly cadence: Cadence | null;
  readonly onClose: () => void;
}

/** The customer's own call-back rhythm: every N days/weeks/months, or N after the last contact. */
export function CadenceDialog({ customerId, cadence, onClose }: CadenceDialogProps) {
  const t = useT();
  const form = useForm<CadenceForm, unknown, Cadence>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      every: String(cadence?.every ?? 30),
      unit: cadence?.unit ?? 'days',
      mode: cadence?.mode ?? 'after_contact',
    },
  });
  const { control } = form;
  const [every, unit] = useWatch({ control, name: ['every', 'unit'] });
  const saving = useSave({
    channel: 'cadence.set',
    invalidates: CALLBACKS_STALE,
    notice: (_status, input) => t(input.cadence ? 'cadence.saved' : 'cadence.removed'),
    onSaved: onClose,
  });
  const save = (value: Cadence | null) => saving.save({ customerId, cadence: value, schedule: true });

  return (
    <FormDialog
      title={t('cadence.title')}
      form={form}
      onValid={save}
      disabled={saving.isPending}
      onClose={onClose}
      maxWidth="xs"
      extraAction={
        cadence && (
          <Button color="error" onClick={() => void save(null)} disabled={saving.isPending} sx={{ mr: 'auto' }}>
            {t('cadence.remove')}
          </Button>
        )
      }
    >
      <DialogContentText sx={{ mb: 2 }}>{t('cadence.hint')}</DialogContentText>
      <Stack spacing={2}>
        <Stack direction="row" spacing={1.5}>
          <FormTextField
            control={control}
            name="every"
            label={t('cadence.every')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 120 }}
            autoFocus
          />
          <FormSelectField
            control={control}
            name="unit"
            label={t('cadence.unit')}
            options={CADENCE_UNITS.map((u) => ({ value: u, label: t(`cadenceUnit.${u}`) }))}
            sx={{ flex: 1 }}
          />
        </Stack>
        <FormSelectField
          control={control}
          name="mode"
          label={t('cadence.mode')}
          options={CADENCE_MODES.map((m) => ({
            value: m,
            label: cadenceText(t, m, every || 'N', unit),
          }))}
        />
      </Stack>
    </FormDialog>
  );
}
