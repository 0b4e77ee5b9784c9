import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UnknownProduct } from '../../../shared/products/types';
import { useSave } from '../api/useSave';
import { SelectField } from '../components/SelectField';
import { useI18n } from '../i18n/I18nContext';
import { PRODUCTS_STALE, productQueries } from './queries';

const GRADES = ['1', '2', '3', '4', '5'] as const;

/** One name purchases bear: choose its rating and add it; its purchases are linked to the new product. */
function UnknownRow({ unknown }: { readonly unknown: UnknownProduct }) {
  const { t } = useI18n();
  const [rating, setRating] = useState('');
  const add = useSave({ channel: 'products.save', invalidates: PRODUCTS_STALE, notice: 'products.saved' });
  const label = rating ? `R${rating}` : '…';
  return (
    <TableRow>
      <TableCell sx={{ fontWeight: 600 }}>{unknown.name}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {t('products.unknown.count', { count: unknown.purchases })}
      </TableCell>
      <TableCell sx={{ width: 200, py: 0.5 }}>
        <SelectField
          size="small"
          fullWidth
          label={t('product.rating')}
          value={rating}
          onChange={setRating}
          options={GRADES.map((g) => ({ value: g, label: t(`productRating.${g}`) }))}
        />
      </TableCell>
      <TableCell align="right" sx={{ width: 140 }}>
        <Button
          disabled={!rating || add.isPending}
          aria-label={t('products.unknown.addLabel', { name: unknown.name, rating: label })}
          onClick={() => void add.save({ name: unknown.name, riskRating: Number(rating) })}
        >
          {t('products.unknown.add', { rating: label })}
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** Names purchases were recorded or imported under that the catalogue does not hold, most purchases first. */
export function UnknownProducts() {
  const { t } = useI18n();
  const unknown = useQuery(productQueries.unknown());
  if (!unknown.data || unknown.data.length === 0) return null;
  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Stack spacing={1}>
        <Typography variant="h2">{t('products.unknown.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('products.unknown.hint')}
        </Typography>
        <Table size="small" aria-label={t('products.unknown.title')}>
          <TableBody>
            {unknown.data.map((u) => (
              <UnknownRow key={u.name} unknown={u} />
            ))}
          </TableBody>
        </Table>
      </Stack>
    </Paper>
  );
}
