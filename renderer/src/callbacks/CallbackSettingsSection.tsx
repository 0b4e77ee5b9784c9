/**
 * Call-back settings in Settings: the retry limit, the answer categories, default cadences per tag (saved together),
 * and the holiday calendar with make-up working days (调休), which applies at once and moves open call-backs.
 */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { parseHolidayList } from '../../../shared/callbacks/holidays';
import {
  CADENCE_MODES,
  CADENCE_UNITS,
  HOLIDAY_KINDS,
  type CadenceMode,
  type CadenceUnit,
  type CallbackSettings,
  type Holiday,
  type HolidayKind,
  type HolidaysResult,
} from '../../../shared/callbacks';
import type { Input } from '../../../shared/contract';
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index';
import { DossierError } from '../../../shared/result';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { QueryError } from '../components/QueryError';
import { SelectField } from '../components/SelectField';
import { errorMessage, issueMessage } from '../errors';
import { useI18n, useT, type Translate } from '../i18n/I18nContext';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { answerText } from './labels';
import { callbackQueries, invalidateCallbacks } from './queries';

/** Field path → i18n key, from a validation error's issues (`tagCadences.1.every`). */
type FieldErrors = Readonly<Record<string, MessageKey>>;

function issuesOf(error: unknown): FieldErrors | null {
  if (!(error instanceof DossierError) || error.code !== 'validation' || error.issues.length === 0) return null;
  return Object.fromEntries(error.issues.map((i) => [i.path, isMessageKey(i.code) ? i.code : 'field.invalid']));
}

export function CallbackSettingsSection() {
  const t = useT();
  const settings = useQuery(callbackQueries.settings());
  return (
    <>
      <Paper component="section" sx={{ p: 2.5 }} aria-label={t('callbackSettings.title')}>
        <Typography variant="h2" sx={{ mb: 2 }}>
          {t('callbackSettings.title')}
        </Typography>
        {settings.isError && <QueryError error={settings.error} />}
        {/* A fresh draft whenever the saved settings change. */}
        {settings.data && <RulesForm key={settings.dataUpdatedAt} saved={settings.data} />}
      </Paper>
      <Paper component="section" sx={{ p: 2.5 }} aria-label={t('callbackSettings.holidays')}>
        <Typography variant="h2" sx={{ mb: 0.5 }}>
          {t('callbackSettings.holidays')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('callbackSettings.holidaysHint')}
        </Typography>
        {settings.data && <HolidayCalendar holidays={settings.data.holidays} />}
      </Paper>
    </>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Retry limit, answer categories, tag cadences: one draft, one Save.

interface CadenceDraft {
  readonly tag: string;
  readonly every: string;
  readonly unit: CadenceUnit;
  readonly mode: CadenceMode;
}

interface Draft {
  readonly retryLimit: string;
  readonly categories: readonly string[];
  readonly cadences: readonly CadenceDraft[];
}

const draftOf = (s: CallbackSettings): Draft => ({
  retryLimit: String(s.retryLimit),
  categories: s.answerCategories,
  cadences: s.tagCadences.map((c) => ({ tag: c.tag, every: String(c.every), unit: c.unit, mode: c.mode })),
});

/** A whole number, or NaN (which the field then reports). */
const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

function RulesForm({ saved }: { readonly saved: CallbackSettings }) {
  const t = useT();
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(saved));

  const save = useMutation({
    mutationFn: (patch: Input<'callbacks.settings.update'>) => api['callbacks.settings.update'](patch),
    onSuccess: async (next) => {
      queryClient.setQueryData(callbackQueries.settings().queryKey, next);
      notify({ message: t('callbackSettings.saved') });
      await invalidateCallbacks(queryClient);
    },
    onError: (error) => {
      const issues = issuesOf(error);
      if (issues) setErrors(issues);
      else showError(error);
    },
  });

  const submit = (): void => {
    const local: Record<string, MessageKey> = {};
    const retryLimit = whole(draft.retryLimit);
    if (Number.isNaN(retryLimit)) local.retryLimit = 'number.invalid';
    const tagCadences = draft.cadences.map((c, i) => {
      const every = whole(c.every);
      if (Number.isNaN(every)) local[`tagCadences.${i}.every`] = 'callbacks.cadenceInvalid';
      return { tag: c.tag.trim(), every, unit: c.unit, mode: c.mode };
    });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    save.mutate({ retryLimit, answerCategories: [...draft.categories], tagCadences });
  };

  const errorText = (path: string): string | undefined => {
    const key = errors[path];
    return key ? t(key) : undefined;
  };
  const change = (next: Partial<Draft>): void => setDraft((d) => ({ ...d, ...next }));

  return (
    <Stack spacing={3}>
      <TextField
        label={t('callbackSettings.retryLimit')}
        value={draft.retryLimit}
        onChange={(e) => change({ retryLimit: e.target.value })}
        error={Boolean(errors.retryLimit)}
        helperText={errorText('retryLimit') ?? t('callbackSettings.retryLimitHint')}
        slotProps={{ htmlInput: { inputMode: 'numeric', min: 1, max: 10 } }}
        type="number"
        sx={{ maxWidth: 360 }}
      />
      <CategoryList
        categories={draft.categories}
        onChange={(categories) => change({ categories })}
        errorText={errorText}
      />
      <CadenceRows cadences={draft.cadences} onChange={(cadences) => change({ cadences })} errorText={errorText} />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={submit} disabled={!dirty || save.isPending}>
          {t('callbackSettings.save')}
        </Button>
        <Button
          onClick={() => {
            setDraft(draftOf(saved));
            setErrors({});
          }}
          disabled={!dirty}
        >
          {t('callbackSettings.reset')}
        </Button>
      </Stack>
    </Stack>
  );
}

function CategoryList({
  categories,
  onChange,
  errorText,
}: {
  readonly categories: readonly string[];
  readonly onChange: (next: readonly string[]) => void;
  readonly errorText: (path: string) => string | undefined;
}) {
  const t = useT();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [exists, setExists] = useState(false);
  const move = (from: number, to: number): void => {
    const next = [...categories];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  const add = (): void => {
    const text = typed.trim();
    if (!text) return;
    // Typing a built-in category's label ("满意") means that category, not a second one.
    if (categories.some((c) => c === text || answerText(t, c) === text)) {
      setExists(true);
      return;
    }
    onChange([...categories, text]);
    setTyped('');
  };
  const listError = errorText('answerCategories');

  return (
    <Box>
      <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('callbackSettings.categories')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('callbackSettings.categoriesHint')}
      </Typography>
      {listError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {listError}
        </Alert>
      )}
      <List dense aria-labelledby={headingId} sx={{ maxWidth: 480 }}>
        {categories.map((category, i) => {
          const name = answerText(t, category);
          const error = errorText(`answerCategories.${i}`);
          return (
            <ListItem
              key={category}
              divider
              secondaryAction={
                <>
                  <IconButton
                    size="small"
                    aria-label={t('callbackSettings.moveUp', { name })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    size="small"
                    aria-label={t('callbackSettings.moveDown', { name })}
                    disabled={i === categories.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    size="small"
                    edge="end"
                    aria-label={t('callbackSettings.remove', { name })}
                    onClick={() => onChange(categories.filter((_, j) => j !== i))}
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </>
              }
              sx={{ pr: 15 }}
            >
              <ListItemText primary={name} secondary={error} slotProps={{ secondary: { color: 'error' } }} />
            </ListItem>
          );
        })}
      </List>
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start', maxWidth: 480 }}>
        <TextField
          size="small"
          label={t('callbackSettings.newCategory')}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setExists(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          error={exists}
          helperText={exists ? t('callbackSettings.categoryExists') : undefined}
          slotProps={{ htmlInput: { maxLength: 30 } }}
          sx={{ flex: 1 }}
        />
        <Button startIcon={<AddIcon />} onClick={add} disabled={!typed.trim()} sx={{ mt: 0.5 }}>
          {t('action.add')}
        </Button>
      </Stack>
    </Box>
  );
}

function CadenceRows({
  cadences,
  onChange,
  errorText,
}: {
  readonly cadences: readonly CadenceDraft[];
  readonly onChange: (next: readonly CadenceDraft[]) => void;
  readonly errorText: (path: string) => string | undefined;
}) {
  const t = useT();
  const facets = useQuery(queries.facets());
  const tags = facets.data?.tags ?? [];
  const update = (i: number, patch: Partial<CadenceDraft>): void =>
    onChange(cadences.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('callbackSettings.cadences')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('callbackSettings.cadencesHint')}
      </Typography>
      {cadences.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('callbackSettings.noCadences')}
        </Typography>
      )}
      <Stack spacing={1.5}>
        {cadences.map((c, i) => {
          const unit = t(`cadenceUnit.${c.unit}`);
          const every = c.every.trim() || 'N';
          return (
            <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Autocomplete<string, false, false, true>
                freeSolo
                autoSelect
                options={tags.filter((tag) => !cadences.some((o, j) => j !== i && o.tag === tag))}
                value={c.tag}
                onChange={(_e, tag) => update(i, { tag: tag ?? '' })}
                onInputChange={(_e, tag) => update(i, { tag })}
                sx={{ flex: 1, minWidth: 0 }}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    size="small"
                    label={t('callbackSettings.tag')}
                    error={Boolean(errorText(`tagCadences.${i}.tag`))}
                    helperText={errorText(`tagCadences.${i}.tag`)}
                  />
                )}
              />
              <TextField
                size="small"
                type="number"
                label={t('callbackSettings.every')}
                value={c.every}
                onChange={(e) => update(i, { every: e.target.value })}
                error={Boolean(errorText(`tagCadences.${i}.every`))}
                helperText={errorText(`tagCadences.${i}.every`)}
                slotProps={{ htmlInput: { inputMode: 'numeric', min: 1, max: 3650 } }}
                sx={{ width: 72, flexShrink: 0 }}
              />
              <SelectField
                size="small"
                label={t('callbackSettings.unit')}
                value={c.unit}
                onChange={(value) => update(i, { unit: CADENCE_UNITS.find((u) => u === value) ?? c.unit })}
                options={CADENCE_UNITS.map((u) => ({ value: u, label: t(`cadenceUnit.${u}`) }))}
                sx={{ width: 116, flexShrink: 0 }}
              />
              <SelectField
                size="small"
                label={t('callbackSettings.mode')}
                value={c.mode}
                onChange={(value) => update(i, { mode: CADENCE_MODES.find((m) => m === value) ?? c.mode })}
                options={CADENCE_MODES.map((m) => ({ value: m, label: t(`cadenceMode.${m}`, { every, unit }) }))}
                sx={{ width: 280, flexShrink: 0 }}
              />
              <IconButton
                aria-label={t('callbackSettings.removeCadence', { tag: c.tag || '—' })}
                onClick={() => onChange(cadences.filter((_, j) => j !== i))}
                sx={{ mt: 0.25 }}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            </Stack>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...cadences, { tag: '', every: '3', unit: 'months', mode: 'after_contact' }])}
        sx={{ mt: 1 }}
      >
        {t('callbackSettings.addCadence')}
      </Button>
    </Box>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Holiday calendar: applies at once (open call-backs move), so every change is its own call.

function movedMessage(t: Translate, moved: number): string {
  if (moved === 0) return t('callbackSettings.holidaysSavedNone');
  return moved === 1 ? t('callbackSettings.holidaysSaved.one') : t('callbackSettings.holidaysSaved', { moved });
}

function useHolidaysSet(onSaved?: (result: HolidaysResult) => void) {
  const t = useT();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'callbacks.holidays.set'>) => api['callbacks.holidays.set'](input),
    onSuccess: async (result) => {
      notify({ message: movedMessage(t, result.moved) });
      onSaved?.(result);
      await invalidateCallbacks(queryClient);
    },
  });
}

function HolidayCalendar({ holidays }: { readonly holidays: readonly Holiday[] }) {
  const { t, format, language } = useI18n();
  const showError = useErrorNotice();
  const thisYear = new Date().getFullYear();
  const years = useMemo(
    () =>
      [...new Set([thisYear, thisYear + 1, ...holidays.map((h) => Number(h.date.slice(0, 4)))])].sort((a, b) => a - b),
    [holidays, thisYear],
  );
  const [year, setYear] = useState(thisYear);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<HolidayKind>('holiday');
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const weekday = useMemo(() => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }), [language]);
  const shown = holidays.filter((h) => h.date.startsWith(`${year}-`));

  const add = useHolidaysSet(() => {
    setDate('');
    setName('');
    setYear(Number(date.slice(0, 4)) || year);
  });
  const remove = useHolidaysSet();
  const submitAdd = (): void => {
    setAddError(null);
    add.mutate(
      { holidays: [{ date, kind, name: name.trim() || null }] },
      {
        onError: (error) => {
          const issues = issuesOf(error);
          const code = issues ? Object.values(issues)[0] : undefined;
          if (code) setAddError(t(code));
          else showError(error);
        },
      },
    );
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <SelectField
          size="small"
          label={t('callbackSettings.year')}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          sx={{ width: 120 }}
        />
        <Box sx={{ flex: 1 }} />
        <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} onClick={() => setLoading(true)}>
          {t('callbackSettings.load')}
        </Button>
      </Stack>
      {shown.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('callbackSettings.noHolidays', { year })}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('callbackSettings.holidaysTable', { year })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('callbackSettings.date')}</TableCell>
              <TableCell>{t('callbackSettings.weekday')}</TableCell>
              <TableCell>{t('callbackSettings.kind')}</TableCell>
              <TableCell>{t('callbackSettings.holidayName')}</TableCell>
              <TableCell padding="checkbox" />
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((h) => (
              <TableRow key={h.date} hover>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.calendarDate(h.date)}</TableCell>
                <TableCell>{weekday.format(new Date(`${h.date}T00:00:00Z`))}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={h.kind === 'holiday' ? 'error' : 'primary'}
                    label={t(`callbackSettings.kind.${h.kind}`)}
                  />
                </TableCell>
                <TableCell>{h.name}</TableCell>
                <TableCell padding="checkbox">
                  <IconButton
                    size="small"
                    aria-label={t('callbackSettings.removeHoliday', { date: format.calendarDate(h.date) })}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ holidays: [], remove: [h.date] }, { onError: showError })}
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          type="date"
          label={t('callbackSettings.date')}
          value={date}
          onChange={(e) => {
            setDate(e.target.value);
            setAddError(null);
          }}
          error={Boolean(addError)}
          helperText={addError ?? undefined}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 180 }}
        />
        <SelectField
          size="small"
          label={t('callbackSettings.kind')}
          value={kind}
          onChange={(v) => setKind(HOLIDAY_KINDS.find((k) => k === v) ?? kind)}
          options={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`callbackSettings.kind.${k}`) }))}
          sx={{ width: 160 }}
        />
        <TextField
          size="small"
          label={t('callbackSettings.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 50 } }}
          sx={{ flex: 1 }}
        />
        <Button startIcon={<AddIcon />} onClick={submitAdd} disabled={!date || add.isPending} sx={{ mt: 0.5 }}>
          {t('action.add')}
        </Button>
      </Stack>
      <LoadCalendarDialog open={loading} onClose={() => setLoading(false)} onLoaded={(y) => setYear(y)} />
    </Stack>
  );
}

/** Pastes a year's official calendar (国务院办公厅 notice) and replaces the years it covers. */
function LoadCalendarDialog({
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
  const [failure, setFailure] = useState<string | null>(null);
  const parsed = useMemo(() => parseHolidayList(text), [text]);
  const years = [...new Set(parsed.holidays.map((h) => h.date.slice(0, 4)))].sort();
  const close = (): void => {
    setFailure(null);
    onClose();
  };
  const load = useHolidaysSet(() => {
    onLoaded(Number(years[0]));
    setText('');
    close();
  });
  const submit = (): void => {
    setFailure(null);
    load.mutate(
      { holidays: parsed.holidays, replaceYears: true },
      {
        onError: (error) => {
          // A date listed twice: say which one.
          const issue = error instanceof DossierError ? error.issues[0] : undefined;
          const at = issue ? /^holidays\.(\d+)\./.exec(issue.path) : null;
          const day = at ? parsed.holidays[Number(at[1])]?.date : undefined;
          setFailure(issue ? `${issueMessage(t, issue.code)}${day ? ` ${day}` : ''}` : errorMessage(t, error));
        },
      },
    );
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
        {parsed.holidays.length > 0 && (
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
          disabled={parsed.holidays.length === 0 || parsed.errors.length > 0 || load.isPending}
        >
          {t('callbackSettings.loadConfirm', { count: parsed.holidays.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
