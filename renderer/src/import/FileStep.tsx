import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type DragEvent } from 'react';
import { IMPORT_TARGETS } from '../../../shared/import/types';
import { issueErrorMessage } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import type { ImportWizard } from './useImportWizard';

const ACCEPT = '.xlsx,.xls,.csv,.txt,.tsv';

/** Step 1: what the file holds, and the file itself (button or drag and drop). */
export function FileStep({ wizard }: { readonly wizard: ImportWizard }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const targetLabel = useId();
  const [dragging, setDragging] = useState(false);
  const busy = wizard.uploading !== null;

  const open = (file: File | undefined): void => {
    if (file && !busy) void wizard.openFile(file);
  };
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    open(event.dataTransfer.files[0]);
  };

  return (
    <Stack spacing={2.5}>
      <Stack spacing={1}>
        <FormLabel id={targetLabel} sx={{ fontSize: '0.85rem' }}>
          {t('import.target')}
        </FormLabel>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          aria-labelledby={targetLabel}
          value={wizard.target}
          onChange={(_event, value: (typeof IMPORT_TARGETS)[number] | null) => value && wizard.setTarget(value)}
          disabled={busy}
        >
          {IMPORT_TARGETS.map((target) => (
            <ToggleButton key={target} value={target} sx={{ px: 3 }}>
              {t(`import.target.${target}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>

      <Box
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragEnter={() => setDragging(true)}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          backgroundColor: dragging ? '#eef3fa' : '#fafbfc',
          borderRadius: 2,
          px: 3,
          py: 5,
          textAlign: 'center',
          transition: 'background-color 120ms, border-color 120ms',
        }}
      >
        <UploadFileOutlinedIcon sx={{ fontSize: 44, color: dragging ? 'primary.main' : 'text.secondary', mb: 1 }} />
        <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'center', alignItems: 'center', mb: 1 }}>
          <Button variant="contained" onClick={() => input.current?.click()} disabled={busy}>
            {t('import.chooseFile')}
          </Button>
          <Typography color="text.secondary">{dragging ? t('import.dropNow') : t('import.dropHint')}</Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('import.formats')}
        </Typography>
        <input
          ref={input}
          type="file"
          hidden
          accept={ACCEPT}
          aria-label={t('import.fileInput')}
          onChange={(event) => {
            open(event.target.files?.[0]);
            // The same file may be chosen again after it was fixed.
            event.target.value = '';
          }}
        />
      </Box>

      {wizard.uploading !== null && (
        <Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {t('import.reading', { name: wizard.uploading })}
          </Typography>
          <LinearProgress />
        </Box>
      )}
      {wizard.error !== null && !busy && <Alert severity="error">{issueErrorMessage(t, wizard.error)}</Alert>}
      {wizard.inspection && wizard.fileName && !busy && (
        <Alert
          severity="success"
          action={
            <Button color="inherit" onClick={() => wizard.goTo(1)}>
              {t('action.next')}
            </Button>
          }
        >
          {t('import.currentFile', { name: wizard.fileName, rows: wizard.inspection.dataRows })}
        </Alert>
      )}
    </Stack>
  );
}
