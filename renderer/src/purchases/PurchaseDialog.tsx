import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { productKey } from '../../../shared/products/names';
import type { Purchase } from '../../../shared/purchases/types';
import { purchaseInput } from '../../../shared/purchases/schemas';
import { isRealDate } from '../../../shared/fields';
import { levelLabel, ratingLabel, standingOn, suitability } from '../../../shared/risk/matching';
import { DossierError } from '../../../shared/result';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { applyFieldErrors } from '../errors';
import { productQueries } from '../products/queries';
import { ProductField } from '../products/ProductField';
import { riskQueries } from '../risk/queries';
import { isRiskRefusal, RiskWarningDialog } from '../risk/RiskWarningDialog';
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
      productId: transaction?.productId ?? null,
    },
  });
  const { control } = form;
  const products = useQuery(productQueries.list());
  const risk = useQuery(riskQueries.customer(customerId));
  // The core refused the purchase for its risk: the warning asks for a reason and saves it again with it.
  const [refused, setRefused] = useState<{ readonly error: DossierError; readonly values: PurchaseValues } | null>(
    null,
  );
  const saving = useSave({
    channel: 'purchases.save',
    // A maturity date can plan a call-back; a purchase above the level joins the risk lists.
    invalidates: [queries.purchases(customerId).queryKey, ...CALLBACKS_STALE, ['risk'], ['products']],
    notice: 'purchases.saved',
    onSaved: onClose,
    onFailed: (error, input) => {
      if (error instanceof DossierError && isRiskRefusal(error)) {
        setRefused({ error, values: input as PurchaseValues });
        return true;
      }
      return applyFieldErrors(t, error, form.setError, PURCHASE_FIELDS);
    },
  });

  // The catalogue's product of the name typed or picked, and the pre-check the core will make (风险匹配).
  const [productName, occurredOn] = useWatch({ control, name: ['product', 'occurredOn'] });
  const product = products.data?.find((p) => productKey(p.name) === productKey(productName ?? '')) ?? null;
  const verdict =
    product && risk.data && occurredOn && isRealDate(occurredOn)
      ? suitability(product.riskRating, standingOn(risk.data.history, occurredOn), occurredOn)
      : null;
  const warning =
    verdict && !verdict.ok && product
      ? t(`${verdict.code}.detail`, {
          product: product.name,
          rating: ratingLabel(verdict.rating),
          level: verdict.level === null ? '' : levelLabel(verdict.level),
          expiresOn: verdict.expiresOn ?? '',
          on: occurredOn ?? '',
        })
      : null;
  // A purchase keeps its product (one since deleted too) while its name is not changed.
  const keptProduct = (name: string) =>
    transaction && productKey(name) === productKey(transaction.product) ? transaction.productId : null;
  const save = (values: PurchaseValues) =>
    saving.save({ ...values, productId: product?.id ?? keptProduct(values.product) });

  return (
    <FormDialog
      title={transaction ? t('purchases.editTitle') : t('purchases.addTitle')}
      form={form}
      onValid={save}
      onClose={onClose}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormTextField control={control} name="occurredOn" label={t('purchase.date')} type="date" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <ProductField control={control} name="product" products={products.data ?? []} matched={product} />
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
        {warning && (
          <Grid size={12}>
            <Alert severity="warning">{warning}</Alert>
          </Grid>
        )}
        {transaction?.riskOverride && (
          <Grid size={12}>
            <Alert severity="info">{t('risk.overridden', { reason: transaction.riskOverride })}</Alert>
          </Grid>
        )}
      </Grid>
      {refused && (
        <RiskWarningDialog
          error={refused.error}
          busy={saving.isPending}
          onGoOn={(reason) => void saving.save({ ...refused.values, riskOverride: reason })}
          onClose={() => setRefused(null)}
        />
      )}
    </FormDialog>
  );
}
