/** The review of every duplicate in the file, asked for from the preview: each row with what it matches. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Input } from '../../../shared/contract';
import { isMessageKey } from '../../../shared/i18n/index';
import type { ColumnMapping, MergeConflict } from '../../../shared/import/types';
import { api } from '../api/client';
import { BorderedTable } from '../components/BorderedTable';
import { issueErrorMessage } from '../errors';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { DuplicateNote } from './DuplicateNote';
import { mappingLabel } from './fields';

const FIELDS = ['name', 'mobile', 'idNumber', 'employer'] as const;

/** The field two rows disagree on: its mapping's name, a kept column's own name. */
function conflictField(t: Translate, conflict: MergeConflict): string {
  if (conflict.field === 'custom') return conflict.label ?? '';
  return mappingLabel(t, (conflict.field === 'ownerId' ? 'owner' : conflict.field) as ColumnMapping);
}

/** A value as the user knows it: a coded one (gender.male) in words. */
function conflictValue(t: Translate, conflict: MergeConflict, value: string): string {
  const key = `${conflict.coded ?? ''}.${value}`;
  return conflict.coded && isMessageKey(key) ? t(key) : value;
}

export function DuplicateReviewDialog({
  open,
  fileName,
  request,
  onClose,
}: {
  readonly open: boolean;
  readonly fileName: string;
  readonly request: Input<'import.inspect'>;
  readonly onClose: () => void;
}) {
  const { t, format } = useI18n();
  const titleId = useId();
  const review = useQuery({
    queryKey: ['import', 'duplicates', request],
    queryFn: () => api['import.duplicates'](request),
    enabled: open,
    gcTime: 0,
  });
  const data = review.data;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{t('import.review.title', { file: fileName })}</DialogTitle>
      <DialogContent>
        {review.isPending && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', py: 2 }}>
            <CircularProgress size={24} />
            <Typography>{t('import.review.checking')}</Typography>
          </Stack>
        )}
        {review.isError && <Alert severity="error">{issueErrorMessage(t, review.error)}</Alert>}
        {data && data.total === 0 && <Typography>{t('import.review.none')}</Typography>}
        {data && data.total > 0 && (
          <Stack spacing={1}>
            <Typography>
              {t('import.review.total', { count: data.total })}
              {data.matches.length < data.total &&
                t('import.review.shown', { shown: format.number(data.matches.length) })}
            </Typography>
            {data.conflicts > 0 && (
              <Alert severity="warning">{t('import.review.conflicts', { count: data.conflicts })}</Alert>
            )}
            {data.partialAfter !== null && (
              <Typography variant="body2" color="text.secondary">
                {t('import.review.partial', { rows: data.partialAfter })}
              </Typography>
            )}
            <BorderedTable maxHeight={520} size="small" aria-labelledby={titleId}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('import.rowNumber')}</TableCell>
                  {FIELDS.map((f) => (
                    <TableCell key={f}>{mappingLabel(t, f)}</TableCell>
                  ))}
                  <TableCell>{t('import.review.matches')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.matches.map((m) => (
                  <TableRow key={m.rowNumber}>
                    <TableCell>{m.rowNumber}</TableCell>
                    {FIELDS.map((f) => (
                      <TableCell key={f} sx={{ whiteSpace: f === 'employer' ? undefined : 'nowrap' }}>
                        {m[f] ?? ''}
                      </TableCell>
                    ))}
                    <TableCell>
                      <DuplicateNote duplicate={m.match} />
                      {m.conflict ? (
                        <Typography variant="body2" color="error.dark">
                          {t('import.review.conflict', {
                            field: conflictField(t, m.conflict),
                            row: m.conflict.row,
                            ours: conflictValue(t, m.conflict, m.conflict.ours),
                            theirs: conflictValue(t, m.conflict, m.conflict.theirs),
                          })}
                        </Typography>
                      ) : (
                        m.match.reasons.includes('inFile') && (
                          <Typography variant="body2" color="text.secondary">
                            {t('import.review.merge', { row: m.match.name.replace(/^#/, '') })}
                          </Typography>
                        )
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </BorderedTable>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
