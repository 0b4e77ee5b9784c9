import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import type { Purchase } from '../../../shared/purchases/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { useI18n } from '../i18n/I18nContext';
import { orDash } from '../i18n/labels';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { QueryError } from '../components/QueryError';
import { RatingChip } from '../products/RatingChip';
import { PurchaseDialog } from './PurchaseDialog';

type Editing = { readonly transaction: Purchase | null } | null;

/** What the customer bought from us (DOMAIN §1 business information), newest first, with totals. */
export function PurchasesSection({ customerId }: { readonly customerId: string }) {
  const { t, format } = useI18n();
  const list = useQuery(queries.purchases(customerId));
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Purchase | null>(null);

  const remove = useSave({
    channel: 'purchases.delete',
    invalidates: [queries.purchases(customerId).queryKey],
    notice: 'purchases.deleted',
    onSaved: () => setDeleting(null),
  });

  const rows = [...(list.data ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  const total = rows.reduce((sum, r) => sum + r.amountCents, 0);

  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" sx={{ flex: 1 }}>
          {t('purchases.title')}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={() => setEditing({ transaction: null })}>
          {t('purchases.add')}
        </Button>
      </Stack>
      {list.isPending && <LinearProgress aria-hidden sx={{ height: 3 }} />}
      {list.isError && <QueryError error={list.error} />}
      {list.data && rows.length === 0 && (
        <Typography color="text.secondary" variant="body2">
          {t('purchases.empty')}
        </Typography>
      )}
      {rows.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('purchases.total', { count: rows.length, amount: format.money(total) })}
          </Typography>
          <TableContainer>
            <Table aria-label={t('purchases.title')} sx={{ '& th, & td': { px: 1 } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('purchase.date')}</TableCell>
                  <TableCell>{t('purchase.product')}</TableCell>
                  <TableCell align="right">{t('purchase.amount')}</TableCell>
                  <TableCell align="right">{t('purchase.profit')}</TableCell>
                  <TableCell>{t('purchase.channel')}</TableCell>
                  <TableCell>{t('purchase.maturesOn')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.calendarDateShort(r.occurredOn)}</TableCell>
                    <TableCell sx={{ minWidth: 120 }}>
                      {r.product}
                      {r.riskRating !== null && (
                        <Box component="span" sx={{ ml: 0.75 }}>
                          <RatingChip rating={r.riskRating} />
                        </Box>
                      )}
                      {r.riskOverride && (
                        <Typography variant="caption" component="div" color="warning.dark">
                          {t('risk.overridden', { reason: r.riskOverride })}
                        </Typography>
                      )}
                      {r.notes && (
                        <Typography variant="caption" component="div" color="text.secondary">
                          {r.notes}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {format.money(r.amountCents)}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {r.profitCents === null ? t('common.empty') : format.money(r.profitCents)}
                    </TableCell>
                    <TableCell sx={{ minWidth: 72 }}>{orDash(t, r.channel)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {r.maturesOn ? format.calendarDateShort(r.maturesOn) : t('common.empty')}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap', py: 0 }}>
                      <Tooltip title={t('action.edit')}>
                        <IconButton
                          aria-label={t('purchases.edit', { product: r.product })}
                          onClick={() => setEditing({ transaction: r })}
                        >
                          <EditOutlinedIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={t('action.delete')}>
                        <IconButton
                          aria-label={t('purchases.delete', { product: r.product })}
                          onClick={() => setDeleting(r)}
                        >
                          <DeleteOutlineIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {editing && (
        <PurchaseDialog customerId={customerId} transaction={editing.transaction} onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('purchases.deleteTitle')}
        body={t('purchases.deleteBody', {
          product: deleting?.product ?? '',
          date: deleting ? format.calendarDate(deleting.occurredOn) : '',
        })}
        confirmLabel={t('action.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && void remove.save({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
