/**
 * The measures (改进措施) the branch writes for a call-back report: kept for its campaign, or for its period, and
 * printed with the report's figures.
 */
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportQuery } from '../../../shared/callbacks/schemas';
import { api } from '../api/client';
import { useSave } from '../api/useSave';
import { useI18n } from '../i18n/I18nContext';

const measuresQuery = (report: ReportQuery) =>
  queryOptions({
    queryKey: ['reports', 'measures', report.campaignId, report.from, report.to],
    queryFn: () => api['reports.measures.get']({ report }),
  });

export function MeasuresSection({ report }: { readonly report: ReportQuery }) {
  const stored = useQuery(measuresQuery(report));
  // A new scope or a saved text starts the editor again from what is stored.
  return stored.data ? (
    <MeasuresEditor
      key={`${report.campaignId ?? ''}|${report.from ?? ''}|${report.to ?? ''}|${stored.data.updatedAt ?? ''}`}
      report={report}
      stored={stored.data.text}
    />
  ) : null;
}

function MeasuresEditor({ report, stored }: { readonly report: ReportQuery; readonly stored: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(stored);
  const save = useSave({
    channel: 'reports.measures.save',
    invalidates: [['reports']],
    notice: 'reportKinds.callbacks.measuresSaved',
  });
  const scope = t(report.campaignId ? 'reportKinds.callbacks.scopeCampaign' : 'reportKinds.callbacks.scopePeriod');
  return (
    <Paper
      component="section"
      sx={{ p: 2.5, mt: 2.5, displayPrint: 'none' }}
      aria-label={t('reportKinds.callbacks.measures')}
    >
      <Typography variant="h3" sx={{ mb: 0.5 }}>
        {t('reportKinds.callbacks.measures')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('reportKinds.callbacks.measuresHint', { scope })}
      </Typography>
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('reportKinds.callbacks.measuresLabel')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          multiline
          minRows={3}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 5000 } }}
        />
        <Button
          variant="contained"
          disabled={save.isPending || text.trim() === stored}
          onClick={() => void save.save({ report, text })}
        >
          {t('reportKinds.callbacks.measuresSave')}
        </Button>
      </Stack>
    </Paper>
  );
}
