/** The audit log: who changed what and when, filtered by person, customer, kind of record and change, and period. */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { auditActionLabel, auditEntityLabel } from '../../../shared/audit/labels';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntry } from '../../../shared/audit/types';
import { queries } from '../api/queries';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { EllipsisText, ServerDataGrid } from '../components/DataTable/ServerDataGrid';
import { PAGE_SIZES } from '../components/ListPagination';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { changesText } from './changes';
import { auditQueries } from './queries';

const ANY = '';

export function AuditPage() {
  const { t, format, language } = useI18n();
  const staff = useQuery(queries.staff());
  const [staffId, setStaffId] = useState(ANY);
  const [entity, setEntity] = useState(ANY);
  const [action, setAction] = useState(ANY);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[1]);
  const list = useQuery(
    auditQueries.list({
      staffId: staffId || null,
      entity: entity || null,
      action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : null,
      from: from || null,
      to: to || null,
      page,
      pageSize,
    }),
  );
  // Staff ids in the changes read as names (those on the staff list; a deactivated member's id stays as stored).
  const columns = useMemo(
    (): GridColDef<AuditEntry>[] => [
      {
        field: 'at',
        headerName: t('audit.col.at'),
        width: 166,
        valueFormatter: (v: string) => format.dateTime(v),
        // One line, as in the other columns: rows grow for the changes, not for the time.
        renderCell: ({ formattedValue }) => <EllipsisText text={String(formattedValue)} />,
      },
      {
        field: 'staffName',
        headerName: t('audit.col.staff'),
        // On a wide window names and record kinds get room too; at 1024 px they keep their minimum.
        minWidth: 100,
        flex: 0.3,
        valueGetter: (_v, row) => (row.staffId === null ? t('audit.system') : staffLabel(t, row.staffName)),
        renderCell: ({ value }) => <EllipsisText text={String(value)} />,
      },
      {
        field: 'action',
        headerName: t('audit.col.action'),
        width: 80,
        valueGetter: (v: AuditAction) => auditActionLabel(t, v),
        renderCell: ({ value }) => <EllipsisText text={String(value)} />,
      },
      {
        field: 'entity',
        headerName: t('audit.col.entity'),
        minWidth: 124,
        flex: 0.3,
        valueGetter: (v: string) => auditEntityLabel(t, v),
        renderCell: ({ value }) => <EllipsisText text={String(value)} />,
      },
      {
        field: 'customerName',
        headerName: t('audit.col.customer'),
        minWidth: 100,
        flex: 0.2,
        renderCell: ({ row }) =>
          row.customerId && row.customerName ? (
            <Link
              component={RouterLink}
              to={`/customers/${row.customerId}`}
              title={row.customerName}
              sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}
            >
              {row.customerName}
            </Link>
          ) : null,
      },
      {
        field: 'changes',
        headerName: t('audit.col.changes'),
        flex: 1,
        minWidth: 200,
        valueGetter: (_v, row) => changesText(t, format, row),
        // The values are what people come here to read: up to three lines of them, the whole text in the title.
        renderCell: ({ value }) => (
          <Box
            title={String(value)}
            sx={{
              whiteSpace: 'normal',
              overflowWrap: 'anywhere',
              my: 1,
              lineHeight: 1.43,
              display: '-webkit-box',
              WebkitLineClamp: 3,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {String(value)}
          </Box>
        ),
      },
    ],
    [t, format],
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(0);
    };
  return (
    <Stack spacing={2} sx={{ flex: 1, minHeight: 0 }}>
      <PageHeader title={t('audit.title')} subtitle={t('audit.hint')} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectField
          label={t('audit.filter.staff')}
          value={staffId}
          onChange={filter(setStaffId)}
          options={[
            { value: ANY, label: t('audit.filter.any') },
            ...(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) })),
          ]}
          sx={{ width: 130 }}
        />
        <SelectField
          label={t('audit.filter.entity')}
          value={entity}
          onChange={filter(setEntity)}
          options={[
            { value: ANY, label: t('audit.filter.any') },
            ...AUDIT_ENTITIES.map((e) => ({ value: e, label: auditEntityLabel(t, e) })).sort((a, b) =>
              a.label.localeCompare(b.label, language),
            ),
          ]}
          sx={{ width: 130 }}
        />
        <SelectField
          label={t('audit.filter.action')}
          value={action}
          onChange={filter(setAction)}
          options={[
            { value: ANY, label: t('audit.filter.any') },
            ...AUDIT_ACTIONS.map((a) => ({ value: a, label: auditActionLabel(t, a) })),
          ]}
          sx={{ width: 130 }}
        />
        <TextField
          label={t('audit.filter.from')}
          type="date"
          value={from}
          onChange={(e) => filter(setFrom)(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 150 }}
        />
        <TextField
          label={t('audit.filter.to')}
          type="date"
          value={to}
          onChange={(e) => filter(setTo)(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 150 }}
        />
      </Stack>
      {list.isError && <QueryError error={list.error} />}
      <ServerDataGrid<AuditEntry, 'at'>
        aria-label={t('audit.title')}
        rows={list.data?.rows ?? []}
        getRowId={(row) => row.seq}
        columns={columns}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        page={page}
        pageSize={pageSize}
        onPage={(p, size) => {
          setPage(size === pageSize ? p : 0);
          setPageSize(size);
        }}
        noRowsLabel={t('audit.historyEmpty')}
        getRowHeight={() => 'auto'}
      />
    </Stack>
  );
}
