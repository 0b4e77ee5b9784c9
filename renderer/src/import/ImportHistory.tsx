import DownloadOutlinedIcon from '@mui/icons-material/DownloadOutlined';
import UndoOutlinedIcon from '@mui/icons-material/UndoOutlined';
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
import type { ImportBatch } from '../../../shared/import/types';
import { queries } from '../api/queries';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { UndoImportDialog, useDownloadRejected, type BatchRef } from './batchActions';

const COUNTS = ['created', 'updated', 'merged', 'skipped', 'rejected'] as const;

/** Every import, newest first, with what it did; each can be undone once and its rejected rows downloaded. */
export function ImportHistory() {
  const { t, format } = useI18n();
  const batches = useQuery(queries.importBatches());
  const rejected = useDownloadRejected();
  const [undoing, setUndoing] = useState<BatchRef | null>(null);

  const status = (batch: ImportBatch) =>
    batch.undoneAt ? (
      <Chip variant="outlined" label={t('import.history.undoneAt', { time: format.dateTime(batch.undoneAt) })} />
    ) : (
      <Chip color="success" variant="outlined" label={t('import.history.imported')} />
    );

  if (batches.isError) return <QueryError error={batches.error} />;
  return (
    <Paper component="section" sx={{ overflow: 'hidden' }}>
      {batches.isPending && <LinearProgress aria-hidden sx={{ height: 3 }} />}
      <TableContainer>
        <Table aria-label={t('import.tab.history')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('import.history.time')}</TableCell>
              <TableCell>{t('import.history.file')}</TableCell>
              <TableCell>{t('import.history.target')}</TableCell>
              {COUNTS.map((key) => (
                <TableCell key={key} align="right">
                  {t(`import.summary.${key}`)}
                </TableCell>
              ))}
              <TableCell>{t('import.status')}</TableCell>
              <TableCell align="right">{t('import.history.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(batches.data ?? []).map((batch) => (
              <TableRow key={batch.id} hover sx={{ opacity: batch.undoneAt ? 0.7 : 1 }}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(batch.startedAt)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere', fontWeight: 600 }}>{batch.fileName}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`import.target.${batch.target}`)}</TableCell>
                {COUNTS.map((key) => (
                  <TableCell
                    key={key}
                    align="right"
                    sx={{ color: key === 'rejected' && batch.rejected > 0 ? 'error.main' : undefined }}
                  >
                    {format.number(batch[key])}
                  </TableCell>
                ))}
                <TableCell>{status(batch)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                    {batch.rejected > 0 && (
                      <Tooltip title={t('import.downloadRejected')}>
                        <span>
                          <IconButton
                            aria-label={t('import.history.downloadRow', { file: batch.fileName })}
                            disabled={rejected.busyId === batch.id}
                            onClick={() => rejected.download(batch.id)}
                          >
                            <DownloadOutlinedIcon fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                    )}
                    {!batch.undoneAt && (
                      <Tooltip title={t('import.undo')}>
                        <IconButton
                          aria-label={t('import.history.undoRow', { file: batch.fileName })}
                          onClick={() => setUndoing({ id: batch.id, fileName: batch.fileName })}
                        >
                          <UndoOutlinedIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {batches.data?.length === 0 && (
        <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
          {t('import.history.empty')}
        </Typography>
      )}
      <UndoImportDialog batch={undoing} onClose={() => setUndoing(null)} />
    </Paper>
  );
}
