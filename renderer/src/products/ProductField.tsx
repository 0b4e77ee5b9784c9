import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { useController } from 'react-hook-form';
import type { Product } from '../../../shared/products/types';
import { fieldErrorText } from '../errors';
import { useT } from '../i18n/I18nContext';

interface ProductFieldProps<T extends FieldValues, TOut> {
  readonly control: Control<T, unknown, TOut>;
  readonly name: Path<T>;
  readonly products: readonly Product[];
  /** The catalogue's product of the name in the field, if it has one. */
  readonly matched: Product | null;
}

/**
 * The purchase's product: picked from the catalogue (with its rating), or typed as free text, which is allowed but
 * flagged: a product the catalogue does not hold cannot be checked against the customer's risk level.
 */
export function ProductField<T extends FieldValues, TOut>({
  control,
  name,
  products,
  matched,
}: ProductFieldProps<T, TOut>) {
  const t = useT();
  const { field, fieldState } = useController({ control, name });
  const value = typeof field.value === 'string' ? field.value : '';
  const hint = matched
    ? `${matched.category ? `${matched.category} · ` : ''}${t(`productRating.${matched.riskRating}`)}`
    : value.trim() && products.length > 0
      ? t('products.freeText')
      : undefined;
  return (
    <Autocomplete
      freeSolo
      options={products.map((p) => p.name)}
      inputValue={value}
      onInputChange={(_event, typed) => field.onChange(typed)}
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        const product = products.find((p) => p.name === option);
        return (
          <li key={key} {...rest}>
            {option}
            {product && ` · R${product.riskRating}`}
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          onBlur={field.onBlur}
          label={t('purchase.product')}
          required
          autoFocus
          error={Boolean(fieldState.error)}
          helperText={
            fieldErrorText(t, fieldState.error?.message) ??
            (hint && (
              <Box component="span" sx={{ color: matched ? undefined : 'warning.dark' }}>
                {hint}
              </Box>
            ))
          }
        />
      )}
    />
  );
}
