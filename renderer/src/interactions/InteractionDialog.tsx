import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Interaction, InteractionKind } from '../../../shared/interactions/types';
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

type InteractionDialogProps = {
  readonly customerId: string;
  readonly onClose: () => void;
} & (
  { readonly kind: InteractionKind; readonly entry?: never } | { readonly entry: Interaction; readonly kind?: never }
);

/**
 * Logs a call, visit, note… on the customer's timeline (the time defaults to now), or corrects an entry: an entry a
 * logged call wrote keeps its type and time, and says why.
 */
export function InteractionDialog({ customerId, kind, entry, onClose }: InteractionDialogProps) {
  const t = useT();
  const form = useForm<InteractionForm, unknown, InteractionValues>({
    resolver: zodResolver(interactionForm),
    mode: 'onTouched',
    defaultValues: entry
      ? {
          customerId,
          kind: entry.kind,
          occurredAt: localDateTimeInput(new Date(entry.occurredAt)),
          summary: entry.summary,
          outcome: entry.outcome ?? '',
        }
      : { customerId, kind, occurredAt: localDateTimeInput(), summary: '', outcome: '' },
  });
  const { control } = form;
  const saveOptions = {
    invalidates: [interactionsKey(customerId), ...CUSTOMERS_STALE],
    onSaved: onClose,
    onFailed: (error: unknown) => applyFieldErrors(t, error, form.setError, INTERACTION_FIELDS),
  };
  const creating = useSave({ channel: 'interactions.create', notice: 'interaction.saved', ...saveOptions });
  const correcting = useSave({ channel: 'interactions.update', notice: 'interaction.corrected', ...saveOptions });
  // The input shows minutes only: an untouched time keeps the entry's own instant, seconds and all.
  const shownTime = entry ? new Date(localDateTimeInput(new Date(entry.occurredAt))).toISOString() : null;
  const save = (values: InteractionValues) =>
    entry
      ? correcting.save({
          id: entry.id,
          kind: values.kind,
          occurredAt: values.occurredAt === shownTime ? entry.occurredAt : values.occurredAt,
          summary: values.summary,
          outcome: values.outcome,
        })
      : creating.save(values);
  const locked = entry?.fromCall === true;

  return (
    <FormDialog
      title={t(entry ? 'interaction.editTitle' : 'interaction.dialogTitle')}
      form={form}
      onValid={save}
      onClose={onClose}
    >
      {locked && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t('interaction.fromCallHint')}
        </Alert>
      )}
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormSelectField
            control={control}
            name="kind"
            label={t('interaction.kind')}
            options={interactionKindOptions(t, entry?.kind)}
            disabled={locked}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <FormTextField
            control={control}
            name="occurredAt"
            label={t('interaction.occurredAt')}
            type="datetime-local"
            disabled={locked}
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
