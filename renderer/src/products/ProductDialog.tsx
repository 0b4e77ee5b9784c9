import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { productInput } from '../../../shared/products/schemas';
import type { Product } from '../../../shared/products/types';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { PRODUCTS_STALE } from './queries';
import { GradeField } from './GradeField';

type ProductForm = z.input<typeof productInput>;
type ProductValues = z.output<typeof productInput>;
const FIELDS = ['name', 'category', 'riskRating', 'termDays'] as const;

// An empty term is no term; anything else must read as a number.
const toTerm = (raw: string): number | null => (raw.trim() === '' ? null : Number(raw));

interface ProductDialogProps {
  /** The product to edit; null adds one. */
  readonly product: Product | null;
  readonly onClose: () => void;
}

/** Adds or edits a catalogue product: name, category, risk rating, term. */
export function ProductDialog({ product, onClose }: ProductDialogProps) {
  const t = useT();
  const form = useForm<ProductForm, unknown, ProductValues>({
    resolver: zodResolver(productInput),
    mode: 'onTouched',
    defaultValues: {
      id: product?.id ?? null,
      name: product?.name ?? '',
      category: product?.category ?? '',
      riskRating: product?.riskRating ?? (undefined as unknown as number),
      termDays: product?.termDays ?? null,
    },
  });
  const saving = useSave({
    channel: 'products.save',
    invalidates: PRODUCTS_STALE,
    notice: 'products.saved',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, FIELDS),
  });
  return (
    <FormDialog
      title={product ? t('products.editTitle') : t('products.addTitle')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
      maxWidth="xs"
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={12}>
          <FormTextField control={form.control} name="name" label={t('product.name')} required autoFocus fullWidth />
        </Grid>
        <Grid size={12}>
          <FormTextField control={form.control} name="category" label={t('product.category')} fullWidth />
        </Grid>
        <Grid size={12}>
          <GradeField control={form.control} name="riskRating" label={t('product.rating')} scale="productRating" />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={form.control}
            name="termDays"
            label={t('product.term')}
            inputMode="numeric"
            parse={toTerm}
            helperText={t('product.termHint')}
            fullWidth
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
