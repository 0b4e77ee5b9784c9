import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { GridColDef, GridRowSelectionModel } from '@mui/x-data-grid';
import { useMemo, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { CustomerRow, CustomerSort } from '../../../shared/customers/types';
import { ServerDataGrid, type ServerSort } from '../components/DataTable/ServerDataGrid';
import { useI18n, type Translate } from '../i18n/I18nContext';
import type { Formatters } from '../i18n/format';
import { orDash, staffLabel } from '../i18n/labels';
import { KindIcon } from './KindIcon';
import { TagChips } from './TagChips';

type Due = ReadonlyMap<string, 'amber' | 'red'>;

/** One line, cut with an ellipsis; the whole value in the title. */
const Cut = ({ title, children }: { readonly title?: string | null; readonly children: ReactNode }) => (
  <Box component="span" title={title ?? undefined} sx={{ overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>
    {children}
  </Box>
);

function NameCell({
  row,
  due,
  t,
}: {
  readonly row: CustomerRow;
  readonly due?: 'amber' | 'red';
  readonly t: Translate;
}) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0, height: '100%' }}>
      <KindIcon kind={row.kind} />
      <Link
        component={RouterLink}
        to={`/customers/${row.id}`}
        underline="hover"
        color="inherit"
        title={row.name}
        sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        onClick={(event) => event.stopPropagation()}
      >
        {row.name}
      </Link>
      {due && (
        <Box
          component="span"
          role="img"
          aria-label={t(`dueStatus.${due}`)}
          title={t(`dueStatus.${due}`)}
          sx={{
            width: 8,
            height: 8,
            borderRadius: '50%',
            flexShrink: 0,
            bgcolor: due === 'red' ? 'error.main' : 'warning.main',
          }}
        />
      )}
    </Box>
  );
}

/**
 * Columns share the width (flex) down to a floor each, so at 1024 pixels every column, the sorted one included,
 * stays on screen; wider windows give the room to names and employers.
 */
function columns(t: Translate, format: Formatters, due: Due | undefined): GridColDef<CustomerRow>[] {
  const text = (value: string | null) => <Cut title={value}>{orDash(t, value)}</Cut>;
  return [
    {
      field: 'name',
      headerName: t('customers.column.name'),
      flex: 1.6,
      minWidth: 120,
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) => <NameCell row={row} due={due?.get(row.id)} t={t} />,
    },
    {
      field: 'phone',
      headerName: t('customers.column.phone'),
      flex: 1,
      minWidth: 120,
      sortable: false,
      cellClassName: 'numeric',
      valueGetter: (_value, row) => row.mobile ?? row.phone,
      renderCell: ({ value }) => text(value as string | null),
    },
    {
      field: 'employer',
      headerName: t('customer.employer'),
      flex: 1.4,
      minWidth: 72,
      sortable: false,
      renderCell: ({ row }) => text(row.employer),
    },
    {
      field: 'region',
      headerName: t('customer.region'),
      flex: 0.8,
      minWidth: 92,
      sortingOrder: ['asc', 'desc'],
      renderCell: ({ row }) => text(row.region),
    },
    {
      field: 'owner',
      headerName: t('customers.column.owner'),
      flex: 0.9,
      minWidth: 106,
      sortingOrder: ['asc', 'desc'],
      valueGetter: (_value, row) => row.ownerName,
      renderCell: ({ row }) => <Cut title={staffLabel(t, row.ownerName)}>{staffLabel(t, row.ownerName)}</Cut>,
    },
    {
      field: 'tags',
      headerName: t('customer.tags'),
      flex: 0.9,
      minWidth: 80,
      sortable: false,
      renderCell: ({ row }) => (
        <Box
          title={row.tags.join(t('common.listSeparator'))}
          sx={{ display: 'flex', alignItems: 'center', height: '100%', minWidth: 0, overflow: 'hidden' }}
        >
          <TagChips tags={row.tags} max={1} />
        </Box>
      ),
    },
    {
      field: 'updatedAt',
      headerName: t('customer.updatedAt'),
      flex: 0.8,
      minWidth: 112,
      sortingOrder: ['desc', 'asc'],
      cellClassName: 'numeric muted',
      renderCell: ({ row }) => <Cut title={format.dateTime(row.updatedAt)}>{format.date(row.updatedAt)}</Cut>,
    },
  ];
}

interface CustomerGridProps {
  readonly rows: readonly CustomerRow[];
  readonly total: number;
  readonly loading: boolean;
  /** Customers due a call by their cadence: amber soon, red overdue (others are not listed). */
  readonly due?: Due;
  readonly page: number;
  readonly pageSize: number;
  readonly onPage: (page: number, pageSize: number) => void;
  readonly sort: ServerSort<CustomerSort>;
  readonly onSort: (sort: ServerSort<CustomerSort>) => void;
  readonly selection: GridRowSelectionModel;
  readonly onSelection: (model: GridRowSelectionModel) => void;
  readonly noRowsLabel?: string;
}

const ROW_SX = {
  '& .MuiDataGrid-row': { cursor: 'pointer' },
  '& .numeric': { fontVariantNumeric: 'tabular-nums' },
  '& .muted': { color: 'text.secondary' },
} as const;

/** One page of customers with checkboxes; a row (or Enter on it) opens the customer. */
export function CustomerGrid({ rows, total, loading, due, selection, onSelection, ...paging }: CustomerGridProps) {
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const cols = useMemo(() => columns(t, format, due), [t, format, due]);
  const open = (id: string | number) => void navigate(`/customers/${String(id)}`);
  return (
    <ServerDataGrid<CustomerRow, CustomerSort>
      {...paging}
      aria-label={t('customers.title')}
      rows={rows}
      total={total}
      columns={cols}
      loading={loading}
      checkboxSelection
      disableRowSelectionExcludeModel
      keepNonExistentRowsSelected
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelection}
      onCellClick={(cell) => {
        if (cell.field !== '__check__') open(cell.id);
      }}
      onCellKeyDown={(cell, event) => {
        if (event.key === 'Enter' && cell.field !== '__check__') open(cell.id);
      }}
      sx={ROW_SX}
    />
  );
}
