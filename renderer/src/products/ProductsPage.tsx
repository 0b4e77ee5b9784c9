import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Product } from '../../../shared/products/types';
import { useSave } from '../api/useSave';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { orDash } from '../i18n/labels';
import { RatingChip } from './RatingChip';
import { ProductDialog } from './ProductDialog';
import { PRODUCTS_STALE, productQueries } from './queries';
import { UnknownProducts } from './UnknownProducts';

type Editing = { readonly product: Product | null } | null;

/** Route /products: the catalogue purchases pick from, and the product names purchases bear that it lacks. */
export function ProductsPage() {
  const { t, format } = useI18n();
  const list = useQuery(productQueries.list());
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Product | null>(null);
  const remove = useSave({
    channel: 'products.delete',
    invalidates: PRODUCTS_STALE,
    notice: 'products.deleted',
    onSaved: () => setDeleting(null),
  });

  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <PageHeader
        title={t('products.title')}
        subtitle={t('products.subtitle')}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ product: null })}>
            {t('products.add')}
          </Button>
        }
      />
      <Paper component="section" sx={{ p: 2.5 }}>
        {list.isPending && <LinearProgress aria-hidden sx={{ height: 3 }} />}
        {list.isError && <QueryError error={list.error} />}
        {list.data?.length === 0 && (
          <Typography color="text.secondary" variant="body2">
            {t('products.empty')}
          </Typography>
        )}
        {list.data && list.data.length > 0 && (
          <TableContainer>
            <Table aria-label={t('products.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('product.name')}</TableCell>
                  <TableCell>{t('product.category')}</TableCell>
                  <TableCell>{t('product.rating')}</TableCell>
                  <TableCell align="right">{t('product.term')}</TableCell>
                  <TableCell align="right">{t('product.purchases')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {list.data.map((p) => (
                  <TableRow key={p.id} hover>
                    <TableCell sx={{ fontWeight: 600 }}>
                      {p.name}
                      {p.fromHq && (
                        <Tooltip title={t('products.fromHqHint')}>
                          <Chip size="small" variant="outlined" label={t('products.fromHq')} sx={{ ml: 1 }} />
                        </Tooltip>
                      )}
                    </TableCell>
                    <TableCell>{orDash(t, p.category)}</TableCell>
                    <TableCell>
                      <RatingChip rating={p.riskRating} />
                    </TableCell>
                    <TableCell align="right">
                      {p.termDays === null ? t('common.empty') : t('products.termDays', { count: p.termDays })}
                    </TableCell>
                    <TableCell align="right">{format.number(p.purchases)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
                      {!p.fromHq && (
                        <>
                          <Tooltip title={t('action.edit')}>
                            <IconButton
                              aria-label={t('products.edit', { name: p.name })}
                              onClick={() => setEditing({ product: p })}
                            >
                              <EditOutlinedIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                          <Tooltip title={t('action.delete')}>
                            <IconButton
                              aria-label={t('products.delete', { name: p.name })}
                              onClick={() => setDeleting(p)}
                            >
                              <DeleteOutlineIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Paper>
      <UnknownProducts />
      {editing && <ProductDialog product={editing.product} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('products.deleteTitle')}
        body={t('products.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('action.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && void remove.save({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
