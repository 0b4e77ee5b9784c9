/**
 * The call-back queue's columns: one line per call-back, the log button always in reach at the end. Due date,
 * customer, priority, purpose and staff sort (in the core: QueueSort); the others do not.
 */
import PhoneInTalkOutlinedIcon from '@mui/icons-material/PhoneInTalkOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { Callback } from '../../../shared/callbacks/types';
import { EllipsisText } from '../components/DataTable/ServerDataGrid';
import type { Formatters } from '../i18n/format';
import { staffLabel } from '../i18n/labels';
import type { Translate } from '../i18n/I18nContext';

interface QueueColumnsOptions {
  readonly t: Translate;
  readonly format: Formatters;
  readonly today: string;
  readonly retryLimit: number;
  /**
   * Wide enough for the notes column and the log button's words; on a narrow screen (1024 pixels) the notes are the
   * purpose's title and the log button is its icon, so that every column stays in view.
   */
  readonly showNotes: boolean;
  readonly onLog: (callback: Callback) => void;
}

export function queueColumns({
  t,
  format,
  today,
  retryLimit,
  showNotes,
  onLog,
}: QueueColumnsOptions): GridColDef<Callback>[] {
  const purposeText = (r: Callback): string =>
    [t(`callbackPurpose.${r.purpose}`), r.campaignName].filter(Boolean).join(' · ');
  const columns: (GridColDef<Callback> | false)[] = [
    {
      field: 'dueOn',
      headerName: t('queue.col.due'),
      width: 124,
      renderCell: ({ row: r }) => (
        <Box sx={{ minWidth: 0, lineHeight: 1.25 }}>
          <EllipsisText
            text={format.calendarDateShort(r.dueOn)}
            color={r.state === 'open' && r.dueOn < today ? 'error.main' : undefined}
          />
          {r.windowStart && (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.2 }}>
              {r.windowStart}–{r.windowEnd}
            </Typography>
          )}
        </Box>
      ),
    },
    {
      field: 'customerName',
      headerName: t('queue.col.customer'),
      flex: 1.2,
      minWidth: 84,
      renderCell: ({ row: r }) => (
        <Link
          component={RouterLink}
          to={`/customers/${r.customerId}`}
          title={r.customerName}
          sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}
        >
          {r.customerName}
        </Link>
      ),
    },
    {
      field: 'priority',
      headerName: t('queue.col.priority'),
      width: 96,
      renderCell: ({ row: r }) =>
        r.priority === 'high' ? (
          <Chip size="small" color="warning" label={t('callbackPriority.high')} sx={{ height: 20 }} />
        ) : (
          <EllipsisText text={t(`callbackPriority.${r.priority}`)} color="text.secondary" />
        ),
    },
    {
      field: 'phone',
      headerName: t('queue.col.phone'),
      sortable: false,
      width: 112,
      valueGetter: (_value, r) => r.customerMobile ?? r.customerPhone ?? '—',
      renderCell: ({ value }) => <EllipsisText text={String(value)} />,
    },
    {
      field: 'purpose',
      headerName: t('queue.col.purpose'),
      flex: 1,
      minWidth: 64,
      renderCell: ({ row: r }) => (
        <EllipsisText text={showNotes || !r.notes ? purposeText(r) : `${purposeText(r)}\n${r.notes}`} />
      ),
    },
    {
      field: 'staffName',
      headerName: t('queue.col.staff'),
      width: 96,
      renderCell: ({ row: r }) => <EllipsisText text={staffLabel(t, r.staffName)} />,
    },
    {
      field: 'attempts',
      headerName: t('queue.col.attempts'),
      sortable: false,
      width: 72,
      align: 'center',
      headerAlign: 'center',
      renderCell: ({ row: r }) =>
        r.state === 'open' ? (
          <span title={r.notReachedReason ? t(`notReachedReason.${r.notReachedReason}`) : undefined}>
            {t('queue.attempts', { done: r.attempts, limit: retryLimit })}
          </span>
        ) : (
          <EllipsisText text={t(`callbackState.${r.state}`)} />
        ),
    },
    showNotes && {
      field: 'notes',
      headerName: t('queue.col.notes'),
      sortable: false,
      flex: 1,
      minWidth: 100,
      renderCell: ({ row: r }) => <EllipsisText text={r.notes ?? ''} />,
    },
    {
      field: 'log',
      headerName: '',
      sortable: false,
      width: showNotes ? 116 : 52,
      align: 'right',
      cellClassName: 'grid-actions',
      renderCell: ({ row: r }) =>
        r.state === 'open' && (
          <Button
            size="small"
            variant="contained"
            startIcon={showNotes ? <PhoneInTalkOutlinedIcon /> : undefined}
            onClick={() => onLog(r)}
            aria-label={t('queue.logFor', { name: r.customerName })}
            title={showNotes ? undefined : t('queue.log')}
            sx={showNotes ? { whiteSpace: 'nowrap', flexShrink: 0 } : { minWidth: 0, px: 1, flexShrink: 0 }}
          >
            {showNotes ? t('queue.log') : <PhoneInTalkOutlinedIcon fontSize="small" />}
          </Button>
        ),
    },
  ];
  return columns.filter((c): c is GridColDef<Callback> => c !== false);
}
