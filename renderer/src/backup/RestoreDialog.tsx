/**
 * Asks before a restore, saying the current state is backed up first: a backup from the list, or a file (the
 * desktop app picks it with its own dialog beforehand; in the web host its path is typed here).
 */
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { BackupEntry } from '../../../shared/backup/types';
import { useSave } from '../api/useSave';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { backupTime } from './labels';

export type RestoreTarget =
  | { readonly kind: 'backup'; readonly backup: BackupEntry }
  /** `path` null: typed in the dialog. */
  | { readonly kind: 'file'; readonly path: string | null };

export function RestoreDialog({ target, onClose }: { readonly target: RestoreTarget; readonly onClose: () => void }) {
  const { t, language } = useI18n();
  const notify = useNotify();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const restore = useSave({
    channel: 'backup.restore',
    // Every screen's data is now the backup's.
    update: (queryClient) => void queryClient.invalidateQueries(),
    notice: (result) => t('backup.restored', { name: result.undoBackup.name }),
    onSaved: () => onClose(),
    onFailed: (error) => {
      if (target.kind === 'file' && target.path === null) setProblem(issueErrorMessage(t, error));
      else notify({ message: issueErrorMessage(t, error), severity: 'error' });
      return true;
    },
  });
  const path = target.kind === 'backup' ? target.backup.name : (target.path ?? typed.trim());
  const confirm = () => {
    if (!path) {
      setProblem(t('backup.pathRequired'));
      return;
    }
    void restore.save({ path });
  };

  return (
    <ConfirmDialog
      open
      title={t(target.kind === 'backup' ? 'backup.confirmTitle' : 'backup.confirmFileTitle')}
      body={
        target.kind === 'backup'
          ? t('backup.confirmBody', { time: backupTime(language, target.backup.createdAt) })
          : t('backup.confirmFileBody')
      }
      confirmLabel={t('backup.restore')}
      busy={restore.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {target.kind === 'file' && target.path !== null && (
        <Typography variant="body2" sx={{ mt: 2, overflowWrap: 'anywhere' }}>
          {target.path}
        </Typography>
      )}
      {target.kind === 'file' && target.path === null && (
        <TextField
          label={t('backup.filePath')}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setProblem(null);
          }}
          error={problem !== null}
          helperText={problem ?? t('backup.filePathHint')}
          fullWidth
          sx={{ mt: 2 }}
        />
      )}
    </ConfirmDialog>
  );
}
