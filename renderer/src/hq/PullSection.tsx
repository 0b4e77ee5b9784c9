/** Settings → Reference data from head office: where it comes from, and pulling it now (managers). */
import CloudDownloadOutlinedIcon from '@mui/icons-material/CloudDownloadOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSave } from '../api/useSave';
import { useSignedIn } from '../auth/useSignedIn';
import { useI18n } from '../i18n/I18nContext';

export function PullSection() {
  const { t } = useI18n();
  const { isManager } = useSignedIn();
  const [url, setUrl] = useState('');
  const pull = useSave({
    channel: 'hq.pull',
    invalidates: [['products'], ['callbacks'], ['complaints']],
    notice: (done) => t('hq.pull.done', { ...done }),
  });
  if (!isManager) return null;
  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('hq.pull.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('hq.pull.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          type="password"
          label={t('hq.pull.url')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          sx={{ flex: 1, maxWidth: 480 }}
        />
        <Button
          variant="outlined"
          startIcon={<CloudDownloadOutlinedIcon />}
          disabled={!url.trim() || pull.isPending}
          onClick={() => void pull.save({ url: url.trim() })}
        >
          {t('hq.pull.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
