import AddIcon from '@mui/icons-material/Add';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Campaign } from '../../../shared/callbacks/types';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { CampaignCancelDialog } from './CampaignCancelDialog';
import { CampaignDialog } from './CampaignDialog';
import { CampaignEditDialog } from './CampaignEditDialog';
import { CampaignStaffDialog } from './CampaignStaffDialog';
import { callbackQueries } from './queries';

const campaignReportPath = (campaign: Pick<Campaign, 'id'>): string =>
  `/callbacks/report?campaign=${encodeURIComponent(campaign.id)}`;

const COUNTS = ['total', 'open', 'done', 'unreachable', 'cancelled'] as const;

/** Call-back campaigns, newest first, with their progress; a row opens the campaign's report; edit or cancel one. */
export function CampaignsPage() {
  const { t, format, language } = useI18n();
  const navigate = useNavigate();
  const campaigns = useQuery(callbackQueries.campaigns());
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Campaign | null>(null);
  const [cancelling, setCancelling] = useState<Campaign | null>(null);
  const [staffing, setStaffing] = useState<Campaign | null>(null);
  const wholePercent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  // Numeric dates keep the wide table narrow: 2026/12/01 – 2026/12/14.
  const shortDate = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  });
  const day = (date: string): string => shortDate.format(new Date(`${date}T00:00:00Z`));
  const rows = campaigns.data ?? [];
  // Below this, purpose and period move under the name so the row fits a 1024-pixel screen.
  const wide = useMediaQuery('(min-width:1280px)');

  return (
    <>
      <PageHeader
        title={t('nav.campaigns')}
        subtitle={t('campaigns.subtitle')}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('campaigns.new')}
          </Button>
        }
      />
      {campaigns.isError && <QueryError error={campaigns.error} />}
      <Paper sx={{ overflow: 'hidden' }}>
        <Box sx={{ height: 4 }}>{campaigns.isFetching && <LinearProgress aria-hidden />}</Box>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('nav.campaigns')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('campaigns.name')}</TableCell>
                {wide && <TableCell>{t('campaigns.purpose')}</TableCell>}
                {wide && <TableCell>{t('campaigns.period')}</TableCell>}
                {COUNTS.map((c) => (
                  <TableCell key={c} align="right">
                    {c === 'total' ? t('campaigns.total') : t(`callbackState.${c}`)}
                  </TableCell>
                ))}
                <TableCell sx={{ minWidth: 90 }}>{t('campaigns.progress')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((c) => (
                <TableRow
                  key={c.id}
                  hover
                  onClick={() => void navigate(campaignReportPath(c))}
                  sx={{ cursor: 'pointer' }}
                >
                  <TableCell sx={{ minWidth: 150, maxWidth: wide ? 420 : 190 }}>
                    <Link
                      component={RouterLink}
                      to={campaignReportPath(c)}
                      onClick={(event) => event.stopPropagation()}
                      title={c.name}
                      sx={{
                        fontWeight: 600,
                        display: 'block',
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        whiteSpace: 'nowrap',
                      }}
                    >
                      {c.name}
                    </Link>
                    <Typography
                      variant="caption"
                      color={c.cancelledAt ? 'error' : 'text.secondary'}
                      component="div"
                      noWrap
                      title={c.notes ?? undefined}
                    >
                      {[
                        c.cancelledAt
                          ? t('campaigns.cancelledOn', { date: format.date(c.cancelledAt) })
                          : t('campaigns.createdLine', { date: format.date(c.createdAt) }),
                        !wide && t(`callbackPurpose.${c.purpose}`),
                        !wide && t('campaigns.range', { from: day(c.fromOn), to: day(c.toOn) }),
                        c.notes,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </TableCell>
                  {wide && <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`callbackPurpose.${c.purpose}`)}</TableCell>}
                  {wide && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {t('campaigns.range', { from: day(c.fromOn), to: day(c.toOn) })}
                    </TableCell>
                  )}
                  {COUNTS.map((k) => (
                    <TableCell key={k} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {format.number(c[k])}
                    </TableCell>
                  ))}
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                      <LinearProgress
                        variant="determinate"
                        value={c.progress * 100}
                        aria-label={t('campaigns.progressOf', { name: c.name })}
                        sx={{ flex: 1, height: 8, borderRadius: 4 }}
                      />
                      <Typography variant="body2" sx={{ minWidth: 40, textAlign: 'right' }}>
                        {wholePercent.format(c.progress)}
                      </Typography>
                    </Box>
                  </TableCell>
                  <TableCell padding="none" sx={{ whiteSpace: 'nowrap', pr: 1 }} onClick={(e) => e.stopPropagation()}>
                    {c.cancelledAt === null && (
                      <>
                        <Tooltip title={t('campaigns.edit')}>
                          <IconButton
                            size="small"
                            onClick={() => setEditing(c)}
                            aria-label={t('campaigns.editFor', { name: c.name })}
                          >
                            <EditOutlinedIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                        <Tooltip title={t('campaigns.cancel')}>
                          <IconButton
                            size="small"
                            onClick={() => setCancelling(c)}
                            aria-label={t('campaigns.cancelFor', { name: c.name })}
                          >
                            <EventBusyOutlinedIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
        {campaigns.data && rows.length === 0 && (
          <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
            {t('campaigns.empty')}
          </Typography>
        )}
      </Paper>
      {creating && <CampaignDialog onClose={() => setCreating(false)} />}
      {editing && (
        <CampaignEditDialog
          campaign={editing}
          onClose={() => setEditing(null)}
          onStaff={() => {
            setEditing(null);
            setStaffing(editing);
          }}
        />
      )}
      {staffing && <CampaignStaffDialog campaign={staffing} onClose={() => setStaffing(null)} />}
      {cancelling && <CampaignCancelDialog campaign={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
