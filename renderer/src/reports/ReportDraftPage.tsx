/**
 * The judgement sections of a customer's analysis report (purpose, deeper analysis, assessment, revision plan):
 * written here, saved as a new version each time, any version opened again, one marked reviewed, then previewed.
 */
import PreviewOutlinedIcon from '@mui/icons-material/PreviewOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { MessageKey } from '../../../shared/i18n/index';
import { MAX_DRAFT_TEXT } from '../../../shared/reports/schemas';
import { DRAFT_SECTIONS, type DraftSection, type DraftTexts, type ReportDraft } from '../../../shared/reports/types';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useI18n } from '../i18n/I18nContext';
import { reportQueries, REPORTS_STALE } from './queries';

const EMPTY: DraftTexts = { purpose: '', analysis: '', assessment: '', revision: '' };
const LABELS: Readonly<Record<DraftSection, MessageKey>> = {
  purpose: 'reports.customer.purpose',
  analysis: 'reports.customer.analysis',
  assessment: 'reports.customer.assessment',
  revision: 'reports.customer.revision',
};

export function ReportDraftPage() {
  const { t, format } = useI18n();
  const { id: customerId = '' } = useParams();
  const customer = useQuery(queries.customer(customerId));
  const drafts = useQuery(reportQueries.drafts(customerId));
  const [chosenId, setChosenId] = useState<string | null>(null);
  // The newest version is open until another is chosen.
  const openedId = chosenId ?? drafts.data?.[0]?.id ?? null;
  const opened = useQuery({ ...reportQueries.draft(openedId ?? ''), enabled: openedId !== null });
  const [dirty, setDirty] = useState(false);
  const draft = openedId === null ? null : (opened.data ?? undefined);
  const previewTo = `/reports/preview?kind=customer&customerId=${encodeURIComponent(customerId)}${
    draft ? `&draftId=${encodeURIComponent(draft.id)}` : ''
  }`;

  return (
    <Stack spacing={2}>
      <PageHeader
        title={t('reports.drafts.title', { name: customer.data?.customer.name ?? '' })}
        actions={
          <Button
            variant="outlined"
            startIcon={<PreviewOutlinedIcon />}
            component={RouterLink}
            to={previewTo}
            disabled={dirty}
          >
            {t('reports.drafts.previewReport')}
          </Button>
        }
      />
      {customer.isError && <QueryError error={customer.error} />}
      {dirty && <Alert severity="info">{t('reports.drafts.unsaved')}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          {draft !== undefined && drafts.data && (
            <DraftForm
              key={draft?.id ?? 'new'}
              customerId={customerId}
              draft={draft}
              onDirty={setDirty}
              onSaved={(id) => setChosenId(id)}
            />
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Paper component="section" sx={{ p: 2 }} aria-labelledby="versions-title">
            <Typography id="versions-title" variant="h3" sx={{ mb: 1 }}>
              {t('reports.drafts.versions')}
            </Typography>
            {drafts.isError && <QueryError error={drafts.error} />}
            {drafts.data?.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('reports.drafts.noVersions')}
              </Typography>
            )}
            <List dense disablePadding>
              {drafts.data?.map((v) => (
                <ListItemButton key={v.id} selected={v.id === openedId} onClick={() => setChosenId(v.id)}>
                  <ListItemText
                    primary={t('reports.drafts.version', { version: v.version })}
                    secondary={`${format.dateTime(v.createdAt)} · ${v.preparedByName ?? ''}`}
                  />
                  <Chip
                    size="small"
                    color={v.status === 'reviewed' ? 'success' : 'default'}
                    label={t(`reports.drafts.status.${v.status}`)}
                  />
                </ListItemButton>
              ))}
            </List>
          </Paper>
        </Grid>
      </Grid>
    </Stack>
  );
}

function DraftForm(props: {
  readonly customerId: string;
  readonly draft: ReportDraft | null;
  readonly onDirty: (dirty: boolean) => void;
  readonly onSaved: (id: string) => void;
}) {
  const { customerId, draft, onDirty, onSaved } = props;
  const { t, format } = useI18n();
  const [texts, setTexts] = useState<DraftTexts>(draft?.texts ?? EMPTY);
  const [dirty, setDirtyState] = useState(false);
  const setDirty = (value: boolean) => {
    setDirtyState(value);
    onDirty(value);
  };
  const save = useSave({
    channel: 'reports.drafts.save',
    invalidates: REPORTS_STALE,
    notice: (saved) => t('reports.drafts.saved', { version: saved.version }),
    onSaved: (saved) => {
      setDirty(false);
      onSaved(saved.id);
    },
  });
  const review = useSave({
    channel: 'reports.drafts.review',
    invalidates: REPORTS_STALE,
    notice: 'reports.drafts.markedReviewed',
  });
  return (
    <Paper component="form" sx={{ p: 2.5 }} onSubmit={(e) => e.preventDefault()}>
      <Stack spacing={2.5}>
        {DRAFT_SECTIONS.map((section) => (
          <TextField
            key={section}
            label={t(LABELS[section])}
            helperText={section === 'assessment' ? t('reports.customer.assessmentHelp') : undefined}
            multiline
            minRows={section === 'purpose' ? 2 : 4}
            value={texts[section]}
            slotProps={{ htmlInput: { maxLength: MAX_DRAFT_TEXT } }}
            onChange={(e) => {
              setTexts({ ...texts, [section]: e.target.value });
              setDirty(true);
            }}
          />
        ))}
        <Stack direction="row" spacing={1.5}>
          <Button
            variant="contained"
            disabled={save.isPending || !dirty}
            onClick={() => void save.save({ customerId, texts })}
          >
            {t('reports.drafts.save')}
          </Button>
          {draft?.status === 'draft' && !dirty && (
            <Button variant="outlined" disabled={review.isPending} onClick={() => void review.save({ id: draft.id })}>
              {t('reports.drafts.markReviewed')}
            </Button>
          )}
        </Stack>
        {draft?.status === 'reviewed' && draft.reviewedAt && (
          <Typography variant="body2" color="success.main">
            {t('reports.drafts.reviewed', {
              name: draft.reviewedByName ?? '',
              date: format.date(draft.reviewedAt),
            })}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}
