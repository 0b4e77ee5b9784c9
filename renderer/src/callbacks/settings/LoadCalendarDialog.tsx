import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { parseHolidayList } from '../../../../shared/callbacks/holidays';
import { localDate } from '../../../../shared/rules/calendar';
import { DossierError } from '../../../../shared/result';
import { errorMessage, issueMessage } from '../../errors';
import { useT } from '../../i18n/I18nContext';
import { useSetHolidays } from './useSetHolidays';

/** Pastes a year's official calendar (国务院办公厅 notice) and replaces the years it covers. */
export function LoadCalendarDialog({
  open,
  onClose,
  onLoaded,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onLoaded: (year: number) => void;
}) {
  const t = useT();
  const titleId = useId();
  const [text, setText] = useState('');
  // The year of a notice pasted without its title; notices come out late in the year before.
  const [yearText, setYearText] = useState(() => String(Number(localDate().slice(0, 4)) + 1));
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const [failure, setFailure] = useState<string | null>(null);
  const parsed = useMemo(() => parseHolidayList(text, year ?? undefined), [text, year]);
  const yearMissing = parsed.yearAsked && year === null;
  const years = [...new Set(parsed.holidays.map((h) => h.date.slice(0, 4)))].sort();
  const close = (): void => {
    setFailure(null);
    onClose();
  };
  const load = useSetHolidays({
    onSaved: () => {
      onLoaded(Number(years[0]));
      setText('');
      close();
    },
    onFailed: (error) => {
      // A date listed twice: say which one.
      const issue = error instanceof DossierError ? error.issues[0] : undefined;
      const at = issue ? /^holidays\.(\d+)\./.exec(issue.path) : null;
      const day = at ? parsed.holidays[Number(at[1])]?.date : undefined;
      setFailure(issue ? `${issueMessage(t, issue.code)}${day ? ` ${day}` : ''}` : errorMessage(t, error));
      return true;
    },
  });
  const submit = (): void => {
    setFailure(null);
    void load.save({ holidays: [...parsed.holidays], replaceYears: true });
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('callbackSettings.loadTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('callbackSettings.loadHint')}</DialogContentText>
        <TextField
          label={t('callbackSettings.loadLines')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFailure(null);
          }}
          multiline
          minRows={8}
          maxRows={16}
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
        />
        {parsed.yearAsked && (
          <TextField
            label={t('callbackSettings.noticeYear')}
            value={yearText}
            onChange={(e) => {
              setYearText(e.target.value);
              setFailure(null);
            }}
            error={yearMissing}
            helperText={t(yearMissing ? 'callbackSettings.noticeYearInvalid' : 'callbackSettings.noticeYearHint')}
            size="small"
            sx={{ mt: 2, width: 260 }}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
          />
        )}
        {parsed.holidays.length > 0 && !yearMissing && (
          <Typography variant="body2" sx={{ mt: 1.5 }}>
            {t('callbackSettings.loadSummary', {
              count: parsed.holidays.length,
              years: years.join(t('callbackSettings.yearSeparator')),
            })}
          </Typography>
        )}
        {parsed.errors.length > 0 && (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {t('callbackSettings.lineErrors')}
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {parsed.errors.slice(0, 20).map((e) => (
                <li key={e.line}>{t('callbackSettings.lineError', { line: e.line, text: e.text })}</li>
              ))}
            </Box>
          </Alert>
        )}
        {failure && (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {failure}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('action.cancel')}</Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={parsed.holidays.length === 0 || parsed.errors.length > 0 || yearMissing || load.isPending}
        >
          {t('callbackSettings.loadConfirm', { count: parsed.holidays.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
