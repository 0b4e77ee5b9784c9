import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo, useCallback } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { CustomerRow, CustomerSort } from '../../../shared/customers/types';
import type { MessageKey } from '../../../shared/i18n/index';
import { useI18n } from '../i18n/I18nContext';
import { orDash, staffLabel } from '../i18n/labels';
import { KindIcon } from './KindIcon';
import { TagChips } from './TagChips';

interface CustomerTableProps {
  readonly rows: readonly CustomerRow[];
  /** Customers due a call by their cadence: amber soon, red overdue (others are not listed). */
  readonly due?: ReadonlyMap<string, 'amber' | 'red'>;
  readonly sort: CustomerSort;
  readonly direction: 'asc' | 'desc';
  readonly onSort: (sort: CustomerSort) => void;
}

interface Column {
  readonly label: MessageKey;
  /** Share of the table's width; the layout is fixed so a long value never pushes a column off screen. */
  readonly width: string;
  readonly sort?: CustomerSort;
}

const COLUMNS: readonly Column[] = [
  { label: 'customers.column.name', width: '21%', sort: 'name' },
  { label: 'customers.column.phone', width: '14%' },
  { label: 'customer.employer', width: '17%' },
  { label: 'customer.region', width: '12%', sort: 'region' },
  { label: 'customers.column.owner', width: '12%', sort: 'owner' },
  { label: 'customer.tags', width: '11%' },
  { label: 'customer.updatedAt', width: '13%', sort: 'updatedAt' },
];

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function HeaderCell({
  column,
  sort,
  direction,
  onSort,
}: Omit<CustomerTableProps, 'rows'> & { readonly column: Column }) {
  const { t } = useI18n();
  const label = t(column.label);
  if (!column.sort) return <TableCell sx={{ width: column.width, ...ellipsis }}>{label}</TableCell>;
  const active = sort === column.sort;
  const key = column.sort;
  return (
    <TableCell sx={{ width: column.width, ...ellipsis }} sortDirection={active ? direction : false}>
      <TableSortLabel active={active} direction={active ? direction : 'asc'} onClick={() => onSort(key)}>
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

/** Styles for the whole table in one place: one style sheet instead of one per cell keeps paging quick. */
const TABLE_SX = {
  tableLayout: 'fixed',
  minWidth: 880,
  '& tbody tr': { cursor: 'pointer' },
  '& tbody tr:last-child td': { borderBottom: 0 },
  '& tbody td': ellipsis,
  '& td.numeric': { fontVariantNumeric: 'tabular-nums' },
  '& td.muted': { color: 'text.secondary' },
  '& .name': { display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 },
  '& .name a': { fontWeight: 600, ...ellipsis },
} as const;

const CustomerTableRow = memo(function CustomerTableRow({
  row,
  due,
  onOpen,
}: {
  readonly row: CustomerRow;
  readonly due: 'amber' | 'red' | undefined;
  readonly onOpen: (id: string) => void;
}) {
  const { t, format } = useI18n();
  return (
    <TableRow hover onClick={() => onOpen(row.id)}>
      <TableCell>
        <div className="name">
          <KindIcon kind={row.kind} />
          <Link
            component={RouterLink}
            to={`/customers/${row.id}`}
            underline="hover"
            color="inherit"
            title={row.name}
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
        </div>
      </TableCell>
      <TableCell className="numeric" title={row.mobile ?? row.phone ?? undefined}>
        {orDash(t, row.mobile ?? row.phone)}
      </TableCell>
      <TableCell title={row.employer ?? undefined}>{orDash(t, row.employer)}</TableCell>
      <TableCell title={row.region ?? undefined}>{orDash(t, row.region)}</TableCell>
      <TableCell>{staffLabel(t, row.ownerName)}</TableCell>
      <TableCell title={row.tags.join(t('common.listSeparator'))}>
        <TagChips tags={row.tags} max={1} />
      </TableCell>
      <TableCell className="numeric muted" title={format.dateTime(row.updatedAt)}>
        {format.date(row.updatedAt)}
      </TableCell>
    </TableRow>
  );
});

/** One page of customers; a row opens the customer. */
export function CustomerTable({ rows, due, sort, direction, onSort }: CustomerTableProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const open = useCallback((id: string) => void navigate(`/customers/${id}`), [navigate]);

  return (
    <Table stickyHeader aria-label={t('customers.title')} sx={TABLE_SX}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((column) => (
            <HeaderCell key={column.label} column={column} sort={sort} direction={direction} onSort={onSort} />
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <CustomerTableRow key={row.id} row={row} due={due?.get(row.id)} onOpen={open} />
        ))}
      </TableBody>
    </Table>
  );
}
