/**
 * A report's print preview: the document the core renders, in a sandboxed frame (no scripts, no requests), with the
 * paper, the unmask choice (recorded in the audit log), "Save as PDF" and, in the desktop app, "Print".
 * The address names the report: /reports/preview?kind=customer&customerId=…&draftId=…
 */
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlinedIcon from '@mui/icons-material/PrintOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Input } from '../../../shared/contract';
import { PAPERS, type Paper as PaperSize } from '../../../shared/reports/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { saveDownload } from '../download';
import { useI18n } from '../i18n/I18nContext';
import { reportQueries } from './queries';

/** Address words that are the page's own, not the report's parameters. */
const OWN = new Set(['kind', 'paper', 'unmask']);

export function ReportPreviewPage() {
  const { t, language } = useI18n();
  const [search, setSearch] = useSearchParams();
  const kind = search.get('kind') ?? '';
  const paperParam = search.get('paper');
  const paper: PaperSize | undefined = PAPERS.find((p) => p === paperParam);
  const unmask = search.get('unmask') === '1';
  const params = useMemo(() => Object.fromEntries([...search.entries()].filter(([key]) => !OWN.has(key))), [search]);
  const request: Input<'reports.preview'> = { kind, params, lang: language, paper, unmask };
  const preview = useQuery(reportQueries.preview(request));
  const info = useQuery(queries.appInfo());
  const letterhead = useQuery(reportQueries.letterhead());
  const [busy, setBusy] = useState(false);

  const pdf = useSave({ channel: 'reports.pdf', notice: 'reports.pdfSaved', onSaved: (file) => saveDownload(file) });
  const print = useSave({ channel: 'reports.print' });

  const set = (key: string, value: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <PageHeader
        title={preview.data?.title ?? t('reports.preview')}
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<PictureAsPdfOutlinedIcon />}
              disabled={busy || !preview.data}
              onClick={() => void run(() => pdf.save(request))}
            >
              {t('reports.savePdf')}
            </Button>
            {info.data?.host === 'desktop' && (
              <Button
                variant="outlined"
                startIcon={<PrintOutlinedIcon />}
                disabled={busy || !preview.data}
                onClick={() => void run(() => print.save(request))}
              >
                {t('reports.print')}
              </Button>
            )}
          </>
        }
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <SelectField
          label={t('reports.paper')}
          size="small"
          fullWidth={false}
          sx={{ width: 200 }}
          value={paper ?? letterhead.data?.paper ?? 'A4'}
          onChange={(value) => set('paper', value)}
          options={PAPERS.map((p) => ({ value: p, label: t(`reports.paper.${p}`) }))}
        />
        <FormControlLabel
          control={<Switch checked={unmask} onChange={(e) => set('unmask', e.target.checked ? '1' : null)} />}
          label={t('reports.unmask')}
        />
      </Stack>
      {unmask && <Alert severity="warning">{t('reports.unmaskWarning')}</Alert>}
      {busy && (
        <Box role="status" aria-label={t('reports.printing')}>
          <LinearProgress />
        </Box>
      )}
      {preview.isError && <QueryError error={preview.error} />}
      {preview.data && (
        <Paper variant="outlined" sx={{ overflow: 'hidden', bgcolor: 'grey.100' }}>
          <Box
            component="iframe"
            title={preview.data.title}
            sandbox=""
            srcDoc={preview.data.html}
            sx={{ display: 'block', width: '100%', height: 'calc(100vh - 240px)', minHeight: 480, border: 0 }}
          />
        </Paper>
      )}
    </Stack>
  );
}
