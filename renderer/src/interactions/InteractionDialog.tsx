import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { InteractionKind } from '../../../shared/interactions/types';
import { interactionInput } from '../../../shared/interactions/schemas';
import { CUSTOMERS_STALE, interactionsKey } from '../api/queries';
import { useSave } from '../api/useSave';
import { applyFieldErrors } from '../errors';
import { localDateTimeInput } from '../i18n/format';
import { useT } from '../i18n/I18nContext';
import { interactionKindOptions } from '../i18n/options';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';

/** The contract's schema, with the date-time as the local wall-clock time the input shows. */
const interactionForm = interactionInput.extend({
  occurredAt: z
    .string()
    .refine((v) => v !== '' && !Number.isNaN(new Date(v).getTime()), 'date.invalid')
    .transform((v) => new Date(v).toISOString()),
});
type InteractionForm = z.input<typeof interactionForm>;
type InteractionValues = z.output<typeof interactionForm>;
const INTERACTION_FIELDS = ['kind', 'occurredAt', 'summary', 'outcome'] as const;

interface InteractionDialogProps {
  readonly customerId: string;
  readonly kind: InteractionKind;
  readonly onClose: () => void;
}

/** Logs a call, visit, note… on the customer's timeline; the time defaults to now. */
export function InteractionDialog({ customerId, kind, onClose }: InteractionDialogProps) {
  const t = useT();
  const form = useForm<InteractionForm, unknown, InteractionValues>({
    resolver: zodResolver(interactionForm),
    mode: 'onTouched',
    defaultValues: { customerId, kind, occurredAt: localDateTimeInput(), summary: '', outcome: '' },
  });
  const { control } = form;

  const saving = useSave({
    channel: 'interactions.create',
    invalidates: [interactionsKey(customerId), ...CUSTOMERS_STALE],
    notice: 'interaction.saved',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, INTERACTION_FIELDS),
  });

  return (
    <FormDialog title={t('interaction.dialogTitle')} form={form} onValid={saving.save} onClose={onClose}>
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormSelectField
            control={control}
            name="kind"
            label={t('interaction.kind')}
            options={interactionKindOptions(t)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <FormTextField
            control={control}
            name="occurredAt"
            label={t('interaction.occurredAt')}
            type="datetime-local"
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="summary"
            label={t('interaction.summary')}
            required
            autoFocus
            multiline
            minRows={3}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="outcome" label={t('interaction.outcome')} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
