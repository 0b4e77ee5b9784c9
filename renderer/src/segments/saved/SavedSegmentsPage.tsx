/**
 * Saved segments with their counts now: open one as the customer list, start a call-back campaign or an export from
 * it, pin it to the navigation, rename or delete it.
 */
import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PushPinIcon from '@mui/icons-material/PushPin';
import PushPinOutlinedIcon from '@mui/icons-material/PushPinOutlined';
import Alert from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SavedSegment } from '../../../../shared/segments/saved';
import { CampaignDialog } from '../../callbacks/CampaignDialog';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { ExportMenu } from '../../export/ExportMenu';
import { issueErrorMessage } from '../../errors';
import { useI18n } from '../../i18n/I18nContext';
import { useNotify } from '../../notify/NotifyContext';
import { useSave } from '../../api/useSave';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RenameSegmentDialog } from './RenameSegmentDialog';
import { SAVED_SEGMENTS_STALE, savedSegmentQueries } from './queries';

/** The customer list showing a segment's customers. */
export const segmentListPath = (segment: Pick<SavedSegment, 'id'>): string =>
  `/?segment=${encodeURIComponent(segment.id)}`;

export function SavedSegmentsPage() {
  const { t, format } = useI18n();
  const notify = useNotify();
  const segments = useQuery(savedSegmentQueries.list());
  const [campaign, setCampaign] = useState<SavedSegment | null>(null);
  const [renaming, setRenaming] = useState<SavedSegment | null>(null);
  const [deleting, setDeleting] = useState<SavedSegment | null>(null);
  const pin = useSave({ channel: 'savedSegments.update', invalidates: SAVED_SEGMENTS_STALE });
  const remove = useSave({
    channel: 'savedSegments.delete',
    invalidates: SAVED_SEGMENTS_STALE,
    notice: () => t('savedSegments.deleted', { name: deleting?.name ?? '' }),
    onSaved: () => setDeleting(null),
    // Segments made from this one: say which.
    onFailed: (error) => {
      notify({ message: issueErrorMessage(t, error), severity: 'error' });
      setDeleting(null);
      return true;
    },
  });
  const rows = segments.data ?? [];

  return (
    <>
      <PageHeader
        title={t('savedSegments.title')}
        subtitle={segments.data ? t('savedSegments.subtitle', { count: rows.length }) : t('common.loading')}
      />
      {segments.isError && <QueryError error={segments.error} />}
      {segments.data && rows.length === 0 && <Alert severity="info">{t('savedSegments.empty')}</Alert>}
      {rows.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('savedSegments.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('savedSegments.col.name')}</TableCell>
                <TableCell>{t('savedSegments.col.kind')}</TableCell>
                <TableCell align="right">{t('savedSegments.col.count')}</TableCell>
                <TableCell align="right">{t('savedSegments.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={segmentListPath(s)} underline="hover" sx={{ fontWeight: 600 }}>
                      {s.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">{t(`savedSegments.kind.${s.kind}`)}</Typography>
                    {s.frozenAt && (
                      <Typography variant="caption" color="text.secondary">
                        {t('savedSegments.frozenOn', { date: format.date(s.frozenAt) })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{t('savedSegments.count', { count: s.count })}</TableCell>
                  <TableCell align="right">
                    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
                      <Tooltip title={t(s.pinned ? 'savedSegments.unpin' : 'savedSegments.pin')}>
                        <IconButton
                          size="small"
                          aria-label={t(s.pinned ? 'savedSegments.unpin' : 'savedSegments.pin')}
                          aria-pressed={s.pinned}
                          onClick={() => void pin.save({ id: s.id, pinned: !s.pinned })}
                        >
                          {s.pinned ? (
                            <PushPinIcon fontSize="small" color="primary" />
                          ) : (
                            <PushPinOutlinedIcon fontSize="small" />
                          )}
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={t('savedSegments.campaign')}>
                        <span>
                          <IconButton
                            size="small"
                            aria-label={t('savedSegments.campaign')}
                            disabled={s.count === 0}
                            onClick={() => setCampaign(s)}
                          >
                            <CampaignOutlinedIcon fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <ExportMenu
                        what="customers"
                        filter={{ query: '', segmentId: s.id }}
                        variant="text"
                        size="small"
                      />
                      <Tooltip title={t('savedSegments.rename')}>
                        <IconButton size="small" aria-label={t('savedSegments.rename')} onClick={() => setRenaming(s)}>
                          <EditOutlinedIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={t('savedSegments.delete')}>
                        <IconButton size="small" aria-label={t('savedSegments.delete')} onClick={() => setDeleting(s)}>
                          <DeleteOutlineIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {campaign && (
        <CampaignDialog selection={{ query: '', segmentId: campaign.id }} onClose={() => setCampaign(null)} />
      )}
      {renaming && <RenameSegmentDialog segment={renaming} onClose={() => setRenaming(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('savedSegments.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('savedSegments.deleteBody')}
        confirmLabel={t('savedSegments.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && void remove.save({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
