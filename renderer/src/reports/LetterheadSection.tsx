/** Settings: the branch's letterhead (name, logo, default paper) that every report prints. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { logoDataUrl } from '../../../shared/reports/schemas';
import { PAPERS, type Letterhead, type Paper as PaperSize } from '../../../shared/reports/types';
import { useSave } from '../api/useSave';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { useI18n } from '../i18n/I18nContext';
import { reportQueries, REPORTS_STALE } from './queries';

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function LetterheadSection() {
  const { t } = useI18n();
  const letterhead = useQuery(reportQueries.letterhead());
  return (
    <Paper component="section" sx={{ p: 2.5 }} aria-labelledby="letterhead-title">
      <Typography id="letterhead-title" variant="h2" sx={{ mb: 1 }}>
        {t('reports.letterhead')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('reports.letterheadHelp')}
      </Typography>
      {letterhead.isError && <QueryError error={letterhead.error} />}
      {letterhead.data && <LetterheadForm initial={letterhead.data} />}
    </Paper>
  );
}

function LetterheadForm({ initial }: { readonly initial: Letterhead }) {
  const { t } = useI18n();
  const [branchName, setBranchName] = useState(initial.branchName);
  const [logo, setLogo] = useState<string | null>(initial.logo);
  const [paper, setPaper] = useState<PaperSize>(initial.paper);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const save = useSave({
    channel: 'reports.letterhead.set',
    invalidates: REPORTS_STALE,
    notice: 'reports.letterheadSaved',
  });

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const url = await readDataUrl(file);
    // The core checks the same schema; this only says it before a round trip.
    const checked = logoDataUrl.safeParse(url);
    if (!checked.success) {
      const key = checked.error.issues[0]?.message;
      setLogoProblem(t(key === 'reports.logoTooLarge' ? 'reports.logoTooLarge' : 'reports.logoType'));
      return;
    }
    setLogoProblem(null);
    setLogo(url);
  };

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 420 }}>
      <TextField
        label={t('reports.branchName')}
        value={branchName}
        onChange={(e) => setBranchName(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      <Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('reports.logo')}
        </Typography>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          {logo && <Box component="img" src={logo} alt={t('reports.logo')} sx={{ maxHeight: 48, maxWidth: 160 }} />}
          <Button variant="outlined" component="label">
            {t('reports.chooseLogo')}
            <input hidden type="file" accept="image/png,image/jpeg,image/webp" onChange={(e) => void chooseLogo(e)} />
          </Button>
          {logo && <Button onClick={() => setLogo(null)}>{t('reports.removeLogo')}</Button>}
        </Stack>
        {logoProblem && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {logoProblem}
          </Alert>
        )}
      </Box>
      <SelectField
        label={t('reports.paper')}
        value={paper}
        onChange={(value) => setPaper(PAPERS.find((p) => p === value) ?? 'A4')}
        options={PAPERS.map((p) => ({ value: p, label: t(`reports.paper.${p}`) }))}
      />
      <Box>
        <Button
          variant="contained"
          disabled={save.isPending}
          onClick={() => void save.save({ branchName, logo, paper })}
        >
          {t('action.save')}
        </Button>
      </Box>
    </Stack>
  );
}
