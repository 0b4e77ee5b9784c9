/**
 * Settings → Personal data: how long the recycle bin keeps customers, emptying it now, and which custom fields hold
 * personal data (managers).
 */
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useSave } from '../api/useSave';
import { useSignedIn } from '../auth/useSignedIn';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from '../i18n/I18nContext';
import { PersonalFields } from './PersonalFields';

function TrashDays({ saved }: { readonly saved: number }) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(saved));
  const save = useSave({
    channel: 'privacy.settings',
    invalidates: [['privacy']],
    notice: (done) => t('privacy.trashDaysSaved', { count: done.trashDays }),
  });
  return (
    <TextField
      label={t('privacy.trashDays')}
      type="number"
      value={days}
      onChange={(e) => setDays(e.target.value)}
      onBlur={() => {
        if (Number(days) !== saved) void save.save({ trashDays: Number(days) });
      }}
      slotProps={{ htmlInput: { min: 1, max: 3650 } }}
      sx={{ maxWidth: 260 }}
    />
  );
}

export function PrivacySection() {
  const { t } = useI18n();
  const { isManager } = useSignedIn();
  const settings = useQuery({
    queryKey: ['privacy', 'settings'],
    queryFn: () => api['privacy.settings']({}),
    enabled: isManager,
  });
  const [confirming, setConfirming] = useState(false);
  const empty = useSave({
    channel: 'privacy.emptyTrash',
    invalidates: [['customers']],
    notice: (done) => t('privacy.trashEmptied', { count: done.erased }),
    onSaved: () => setConfirming(false),
  });
  if (!isManager || !settings.data) return null;
  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('privacy.section')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('privacy.sectionHint')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        {/* Keyed by the saved value: a new value starts the field over. */}
        <TrashDays key={settings.data.trashDays} saved={settings.data.trashDays} />
        <Button color="error" variant="outlined" onClick={() => setConfirming(true)}>
          {t('privacy.emptyTrash')}
        </Button>
      </Stack>
      <PersonalFields fields={settings.data.customFields} />
      <ConfirmDialog
        open={confirming}
        title={t('privacy.emptyTrash')}
        body={t('privacy.eraseWarning')}
        confirmLabel={t('privacy.erase')}
        busy={empty.isPending}
        onConfirm={() => void empty.save({})}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
