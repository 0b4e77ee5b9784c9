/**
 * Settings → Backups: every backup with its time, size, reason and check; back up now; restore one from the list
 * or from a file (asked first, the current state backed up before); the schedule, retention and second folder.
 */
import BackupOutlinedIcon from '@mui/icons-material/BackupOutlined';
import FolderOpenOutlinedIcon from '@mui/icons-material/FolderOpenOutlined';
import RestoreOutlinedIcon from '@mui/icons-material/RestoreOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupEntry } from '../../../shared/backup/types';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { BorderedTable } from '../components/BorderedTable';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { BackupSettingsForm } from './BackupSettingsForm';
import { backupTime, fileSize, reasonLabel, verdictLabel } from './labels';
import { BACKUP_STALE, backupQueries } from './queries';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';

function Verdict({ backup, label }: { readonly backup: BackupEntry; readonly label: string }) {
  if (backup.verdict === 'ok') return <Chip size="small" color="success" variant="outlined" label={label} />;
  if (backup.verdict === 'damaged')
    return <Chip size="small" color="error" label={label} title={backup.problem ?? undefined} />;
  return <Chip size="small" label={label} />;
}

export function BackupSection() {
  const { t, language } = useI18n();
  const list = useQuery(backupQueries.list());
  const info = useQuery(queries.appInfo());
  const desktop = info.data?.host === 'desktop';
  const [restoring, setRestoring] = useState<RestoreTarget | null>(null);
  const create = useSave({
    channel: 'backup.create',
    invalidates: BACKUP_STALE,
    notice: (made) => t('backup.created', { name: made.name, verdict: verdictLabel(t, made) }),
  });
  const restoreFile = async () => {
    if (!desktop) return setRestoring({ kind: 'file', path: null });
    const picked = await api['backup.pick']({ kind: 'file' });
    if (picked.path) setRestoring({ kind: 'file', path: picked.path });
  };
  const backups = list.data?.backups ?? [];
  const showFolder = backups.some((b) => b.folder === 'second');

  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-label={t('backup.section')}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 0.5 }}
      >
        <Typography variant="h2">{t('backup.section')}</Typography>
        <Stack direction="row" spacing={1}>
          <Button startIcon={<FolderOpenOutlinedIcon />} onClick={() => void restoreFile()}>
            {t('backup.restoreFile')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<BackupOutlinedIcon />}
            disabled={create.isPending}
            onClick={() => void create.save({})}
          >
            {t('backup.now')}
          </Button>
        </Stack>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('backup.sectionHint')}
      </Typography>
      {list.isError && <QueryError error={list.error} />}
      {list.data?.secondFolderProblem && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('backup.secondProblem', { reason: list.data.secondFolderProblem })}
        </Alert>
      )}
      <BorderedTable size="small" aria-label={t('backup.table')} maxHeight={360}>
        <TableHead>
          <TableRow>
            <TableCell>{t('backup.col.time')}</TableCell>
            <TableCell align="right">{t('backup.col.size')}</TableCell>
            <TableCell>{t('backup.col.reason')}</TableCell>
            <TableCell>{t('backup.col.verdict')}</TableCell>
            {showFolder && <TableCell>{t('backup.col.folder')}</TableCell>}
            <TableCell align="right">{t('backup.col.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.isSuccess && backups.length === 0 && (
            <TableRow>
              <TableCell colSpan={showFolder ? 6 : 5}>{t('backup.empty')}</TableCell>
            </TableRow>
          )}
          {backups.map((b) => {
            const time = backupTime(language, b.createdAt);
            return (
              <TableRow key={b.path}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{time}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {fileSize(language, b.size)}
                </TableCell>
                <TableCell>{reasonLabel(t, b)}</TableCell>
                <TableCell>
                  <Verdict backup={b} label={verdictLabel(t, b)} />
                </TableCell>
                {showFolder && <TableCell>{t(`backup.folder.${b.folder}`)}</TableCell>}
                <TableCell align="right">
                  {b.verdict !== 'damaged' && (
                    <Button
                      size="small"
                      startIcon={<RestoreOutlinedIcon />}
                      aria-label={t('backup.restoreNamed', { time })}
                      onClick={() => setRestoring({ kind: 'backup', backup: b })}
                    >
                      {t('backup.restore')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </BorderedTable>
      <Divider sx={{ my: 2.5 }} />
      {list.data && (
        // A fresh draft whenever the saved settings change (not when a backup is added to the list).
        <BackupSettingsForm key={JSON.stringify(list.data.settings)} saved={list.data.settings} desktop={desktop} />
      )}
      {restoring && <RestoreDialog target={restoring} onClose={() => setRestoring(null)} />}
    </Paper>
  );
}
