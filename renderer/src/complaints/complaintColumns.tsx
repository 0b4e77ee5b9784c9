/** The complaint list's columns; each sortable column is named for the core's sort key. */
import Chip from '@mui/material/Chip';
import type { GridColDef } from '@mui/x-data-grid';
import type { Complaint, ComplaintSort } from '../../../shared/complaints/types';
import type { Formatters } from '../i18n/format';
import type { Translate } from '../i18n/I18nContext';
import { EllipsisText } from '../components/DataTable/ServerDataGrid';
import { staffLabel } from '../i18n/labels';
import { StatusChip } from './StatusChip';

type Column = GridColDef<Complaint> & { readonly field: ComplaintSort | 'words' | 'channel' };

/** `wide`: room for the received date too (from 1280 pixels); below that the due date, customer and words share. */
export function complaintColumns(
  t: Translate,
  format: Formatters,
  wide: boolean,
  category: (code: string) => string,
): GridColDef<Complaint>[] {
  const sortable = { sortingOrder: ['asc', 'desc'] as const };
  const columns: Column[] = [
    {
      field: 'dueOn',
      headerName: t('complaints.column.due'),
      flex: 1,
      minWidth: 120,
      ...sortable,
      valueGetter: (_v, r) => format.calendarDateShort(r.dueOn),
      cellClassName: ({ row }) => (row.overdue ? 'overdue' : ''),
      // Below 1280 pixels the mark would be cut by the customer column: the red date says it, its tooltip in words.
      renderCell: ({ row, value }) =>
        row.overdue && !wide ? (
          <span title={t('complaintsPage.overdueMark')}>{String(value)}</span>
        ) : row.overdue ? (
          <>
            {String(value)}
            <Chip size="small" color="error" label={t('complaintsPage.overdueMark')} sx={{ ml: 0.75, height: 20 }} />
          </>
        ) : (
          String(value)
        ),
    },
    {
      field: 'customer',
      headerName: t('complaints.column.customer'),
      flex: 1,
      minWidth: 90,
      ...sortable,
      valueGetter: (_v, r) => r.customerName,
      cellClassName: 'strong',
    },
    {
      field: 'category',
      headerName: t('complaints.column.category'),
      flex: 0.8,
      minWidth: 80,
      ...sortable,
      valueGetter: (_v, r) => category(r.category),
      renderCell: ({ value }) => <EllipsisText text={String(value)} />,
    },
    {
      field: 'severity',
      headerName: t('complaints.column.severity'),
      width: 96,
      ...sortable,
      sortingOrder: ['desc', 'asc'],
      valueGetter: (_v, r) => t(`complaintSeverity.${r.severity}`),
    },
    {
      field: 'words',
      headerName: t('complaints.column.words'),
      flex: 1.6,
      minWidth: 100,
      sortable: false,
      renderCell: ({ row }) => <EllipsisText text={row.words} />,
    },
    {
      field: 'owner',
      headerName: t('complaints.column.owner'),
      width: 100,
      ...sortable,
      valueGetter: (_v, r) => staffLabel(t, r.ownerName),
    },
    {
      field: 'receivedAt',
      headerName: t('complaints.column.received'),
      width: 120,
      ...sortable,
      sortingOrder: ['desc', 'asc'],
      valueGetter: (_v, r) => format.date(r.receivedAt),
    },
    {
      field: 'status',
      headerName: t('complaints.column.status'),
      width: 96,
      ...sortable,
      renderCell: ({ row }) => <StatusChip status={row.status} />,
    },
  ];
  return wide ? columns : columns.filter((c) => c.field !== 'receivedAt');
}
