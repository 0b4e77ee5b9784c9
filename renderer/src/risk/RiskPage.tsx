import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { DueAssessment, RiskMismatch } from '../../../shared/risk/types';
import { CampaignDialog } from '../callbacks/CampaignDialog';
import { noSelection } from '../callbacks/CampaignFields';
import { usePaging } from '../components/ListPagination';
import { EllipsisText, ServerDataGrid } from '../components/DataTable/ServerDataGrid';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { RatingChip } from '../products/RatingChip';
import { riskQueries } from './queries';

const TABS = ['mismatches', 'expired', 'expiring'] as const;
type RiskTab = (typeof TABS)[number];

function customerLink(customerId: string, name: string) {
  return (
    <Link
      component={RouterLink}
      to={`/customers/${customerId}`}
      title={name}
      sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}
    >
      {name}
    </Link>
  );
}

/** Purchases of products rated above what the customer's assessment allowed on their day. */
function Mismatches() {
  const { t, format } = useI18n();
  const paging = usePaging();
  const list = useQuery(riskQueries.mismatches({ offset: paging.page * paging.pageSize, limit: paging.pageSize }));
  const columns: GridColDef<RiskMismatch & { id: string }>[] = [
    {
      field: 'occurredOn',
      headerName: t('risk.col.date'),
      width: 110,
      valueFormatter: (v: string) => format.calendarDateShort(v),
    },
    {
      field: 'customerName',
      headerName: t('risk.col.customer'),
      flex: 1,
      minWidth: 100,
      renderCell: ({ row }) => customerLink(row.customerId, row.customerName),
    },
    { field: 'product', headerName: t('risk.col.product'), flex: 1, minWidth: 100 },
    {
      field: 'rating',
      headerName: t('risk.col.rating'),
      width: 80,
      renderCell: ({ row }) => <RatingChip rating={row.rating} />,
    },
    {
      field: 'level',
      headerName: t('risk.col.level'),
      flex: 1,
      minWidth: 120,
      renderCell: ({ row }) => (
        <EllipsisText
          color={row.code === 'risk.unsuitable' ? undefined : 'error.main'}
          text={
            row.level === null
              ? t('risk.notAssessed')
              : row.code === 'risk.expired'
                ? t('risk.expiredOn', {
                    level: t(`riskLevel.${row.level as 1}`),
                    date: format.calendarDate(row.expiresOn ?? ''),
                  })
                : t(`riskLevel.${row.level as 1}`)
          }
        />
      ),
    },
    {
      field: 'amountCents',
      headerName: t('risk.col.amount'),
      width: 120,
      align: 'right',
      headerAlign: 'right',
      valueFormatter: (v: number) => format.money(v),
    },
    {
      field: 'override',
      headerName: t('risk.col.reason'),
      flex: 1.4,
      minWidth: 120,
      renderCell: ({ row }) => (
        <EllipsisText text={row.override ?? t('risk.noReason')} color={row.override ? undefined : 'text.secondary'} />
      ),
    },
  ];
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <ServerDataGrid
      aria-label={t('risk.tab.mismatches')}
      rows={(list.data?.rows ?? []).map((r) => ({ ...r, id: r.purchaseId }))}
      columns={columns}
      total={list.data?.total ?? 0}
      page={paging.page}
      pageSize={paging.pageSize}
      onPage={(page, size) => (size === paging.pageSize ? paging.onPageChange(page) : paging.onPageSizeChange(size))}
      loading={list.isFetching}
      autoHeight
      noRowsLabel={t('risk.mismatchCount', { count: 0 })}
    />
  );
}

/** Customers whose newest assessment has expired, or expires within 30 days: a ready-made call list. */
function Due({ list: which }: { readonly list: 'expired' | 'expiring' }) {
  const { t, format } = useI18n();
  const paging = usePaging();
  const [campaign, setCampaign] = useState(false);
  const list = useQuery(
    riskQueries.due({ list: which, offset: paging.page * paging.pageSize, limit: paging.pageSize }),
  );
  const columns: GridColDef<DueAssessment & { id: string }>[] = [
    {
      field: 'customerName',
      headerName: t('risk.col.customer'),
      flex: 1,
      minWidth: 110,
      renderCell: ({ row }) => customerLink(row.customerId, row.customerName),
    },
    {
      field: 'mobile',
      headerName: t('risk.col.mobile'),
      width: 140,
      valueFormatter: (v: string | null) => v ?? t('common.empty'),
    },
    {
      field: 'ownerName',
      headerName: t('risk.col.owner'),
      width: 120,
      valueFormatter: (v: string | null) => v ?? t('common.empty'),
    },
    {
      field: 'level',
      headerName: t('risk.col.currentLevel'),
      width: 130,
      valueFormatter: (v: number) => t(`riskLevel.${v as 1}`),
    },
    {
      field: 'assessedOn',
      headerName: t('risk.col.assessedOn'),
      width: 120,
      valueFormatter: (v: string) => format.calendarDateShort(v),
    },
    {
      field: 'expiresOn',
      headerName: t('risk.col.expiresOn'),
      width: 120,
      renderCell: ({ row }) => (
        <EllipsisText
          text={format.calendarDateShort(row.expiresOn)}
          color={which === 'expired' ? 'error.main' : 'warning.dark'}
        />
      ),
    },
  ];
  if (list.isError) return <QueryError error={list.error} />;
  const ids = list.data?.customerIds ?? [];
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {t('risk.listCount', { count: list.data?.total ?? 0 })}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<CampaignOutlinedIcon />}
          disabled={ids.length === 0}
          onClick={() => setCampaign(true)}
        >
          {t('risk.campaign')}
        </Button>
      </Box>
      <ServerDataGrid
        aria-label={t(`risk.tab.${which}`)}
        rows={(list.data?.rows ?? []).map((r) => ({ ...r, id: r.customerId }))}
        columns={columns}
        total={list.data?.total ?? 0}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(page, size) => (size === paging.pageSize ? paging.onPageChange(page) : paging.onPageSizeChange(size))}
        loading={list.isFetching}
        autoHeight
        noRowsLabel={t('risk.listCount', { count: 0 })}
      />
      {campaign && (
        <CampaignDialog selection={{ ...noSelection(), customerIds: [...ids] }} onClose={() => setCampaign(false)} />
      )}
    </Stack>
  );
}

/** Route /risk: mismatches, expired assessments and those expiring within 30 days (`?tab=`). */
export function RiskPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab: RiskTab = TABS.find((x) => x === params.get('tab')) ?? 'mismatches';
  return (
    <>
      <PageHeader title={t('risk.title')} subtitle={t('risk.subtitle')} />
      <Tabs
        value={tab}
        onChange={(_event, value: RiskTab) => setParams({ tab: value })}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {TABS.map((x) => (
          <Tab key={x} value={x} label={t(`risk.tab.${x}`)} />
        ))}
      </Tabs>
      {tab === 'mismatches' ? <Mismatches /> : <Due key={tab} list={tab} />}
    </>
  );
}
