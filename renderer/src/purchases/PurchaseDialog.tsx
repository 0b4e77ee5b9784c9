import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Purchase } from '../../../shared/purchases/types';
import { purchaseInput } from '../../../shared/purchases/schemas';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { applyFieldErrors } from '../errors';
import { localDateTimeInput } from '../i18n/format';
import { useT } from '../i18n/I18nContext';
import { CALLBACKS_STALE } from '../callbacks/queries';
import { FormDialog } from '../components/FormDialog';
import { FormTextField } from '../components/FormTextField';
import { MoneyField } from '../components/MoneyField';

type PurchaseForm = z.input<typeof purchaseInput>;
type PurchaseValues = z.output<typeof purchaseInput>;
const PURCHASE_FIELDS = [
  'occurredOn',
  'maturesOn',
  'product',
  'amountCents',
  'profitCents',
  'channel',
  'notes',
] as const;

// An empty or unreadable amount reaches the schema as null/NaN; say so in money terms, not zod's.
const resolver = zodResolver(purchaseInput, {
  error: (issue) => (issue.code === 'invalid_type' && issue.expected === 'number' ? 'import.badAmount' : undefined),
});

interface PurchaseDialogProps {
  readonly customerId: string;
  /** The purchase to edit; null records a new one. */
  readonly transaction: Purchase | null;
  readonly onClose: () => void;
}

/** Records or corrects a purchase: date, product, amount and gross profit typed in yuan (stored in fen), maturity. */
export function PurchaseDialog({ customerId, transaction, onClose }: PurchaseDialogProps) {
  const t = useT();
  const form = useForm<PurchaseForm, unknown, PurchaseValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      id: transaction?.id ?? null,
      customerId,
      occurredOn: transaction?.occurredOn ?? localDateTimeInput().slice(0, 10),
      maturesOn: transaction?.maturesOn ?? '',
      product: transaction?.product ?? '',
      amountCents: transaction?.amountCents ?? Number.NaN,
      profitCents: transaction?.profitCents ?? null,
      channel: transaction?.channel ?? '',
      notes: transaction?.notes ?? '',
    },
  });
  const { control } = form;
  const saving = useSave({
    channel: 'purchases.save',
    // A maturity date can plan a call-back.
    invalidates: [queries.purchases(customerId).queryKey, ...CALLBACKS_STALE],
    notice: 'purchases.saved',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, PURCHASE_FIELDS),
  });

  return (
    <FormDialog
      title={transaction ? t('purchases.editTitle') : t('purchases.addTitle')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormTextField control={control} name="occurredOn" label={t('purchase.date')} type="date" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <FormTextField control={control} name="product" label={t('purchase.product')} required autoFocus />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <MoneyField control={control} name="amountCents" label={t('purchases.amountYuan')} required />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <MoneyField control={control} name="profitCents" label={t('purchases.profitYuan')} />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormTextField
            control={control}
            name="maturesOn"
            label={t('purchase.maturesOn')}
            type="date"
            helperText={t('purchases.maturesOnHint')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <FormTextField control={control} name="channel" label={t('purchase.channel')} />
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="notes" label={t('purchase.notes')} multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
