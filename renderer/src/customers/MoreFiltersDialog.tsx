/**
 * The list's "more filters": classes, RFM scores, last purchase, spend in the period, products, risk, birthdays and
 * custom fields, edited together and applied at once. The content scrolls, so it fits a 1024×700 window.
 */
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { RISK_FILTERS, type RiskFilter } from '../../../shared/customers/schemas';
import { ALL_CLASS_KEYS, parseClassKey } from '../../../shared/segments/classes';
import { className, schemeLabelKey } from '../../../shared/segments/labels';
import { SelectField } from '../components/SelectField';
import { useT } from '../i18n/I18nContext';
import type { SegmentParams } from './segmentParams';

/** Classes picked here; risk levels have their own field (with "expired"). */
const CLASS_CHOICES = ALL_CLASS_KEYS.filter((key) => !key.startsWith('risk:'));
const SCORES = ['1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s }));

/** A class with its scheme ("ABC客户分析法：A 类"), as a chip says it. */
export const classLabel = (t: ReturnType<typeof useT>, key: string): string => {
  const parsed = parseClassKey(key);
  return parsed ? t('filter.chip.class', { scheme: t(schemeLabelKey(parsed.scheme)), name: className(t, key) }) : key;
};
export const riskLabel = (t: ReturnType<typeof useT>, risk: RiskFilter): string =>
  risk === 'expired' ? t('filter.risk.expired') : className(t, `risk:${risk}`);

/** Yuan as typed → cents; empty or not an amount → null. */
const toCents = (text: string): number | null => {
  const s = text.replace(/[¥￥,，\s]/g, '');
  return /^\d+(\.\d{1,2})?$/.test(s) ? Math.round(Number(s) * 100) : null;
};
const toYuan = (cents: number | null): string => (cents === null ? '' : String(cents / 100));
const toWhole = (text: string, max: number): number | null => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 ? Math.min(n, max) : null;
};

function Section({
  title,
  hint,
  children,
}: {
  readonly title: string;
  readonly hint?: string;
  readonly children: ReactNode;
}) {
  return (
    <Box component="section" sx={{ mb: 2 }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
      {hint && (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      )}
    </Box>
  );
}

interface MoreFiltersDialogProps {
  readonly value: SegmentParams;
  readonly onApply: (next: SegmentParams) => void;
  readonly onClose: () => void;
}

export function MoreFiltersDialog({ value, onApply, onClose }: MoreFiltersDialogProps) {
  const t = useT();
  const titleId = useId();
  const [draft, setDraft] = useState<SegmentParams>(value);
  const [spend, setSpend] = useState({ min: toYuan(value.spendMin), max: toYuan(value.spendMax) });
  const set = (changes: Partial<SegmentParams>) => setDraft((d) => ({ ...d, ...changes }));
  const score = (key: 'rMin' | 'rMax' | 'fMin' | 'fMax' | 'mMin' | 'mMax') => (
    <SelectField
      label={t(`filter.${key}`)}
      value={draft[key] === null ? '' : String(draft[key])}
      onChange={(v) => set({ [key]: v ? Number(v) : null })}
      options={SCORES}
      emptyLabel={t('common.all')}
      size="small"
      sx={{ width: 88 }}
    />
  );

  const apply = () => {
    onApply({
      ...draft,
      spendMin: toCents(spend.min),
      spendMax: toCents(spend.max),
      bought: draft.bought?.trim() || null,
      notBought: draft.notBought?.trim() || null,
      fields: draft.fields.filter((f) => f.name.trim() !== '').map((f) => ({ name: f.name.trim(), value: f.value })),
    });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth scroll="paper">
      <DialogTitle id={titleId}>{t('filter.panelTitle')}</DialogTitle>
      <DialogContent dividers>
        <Section title={t('filter.classes')} hint={t('filter.classesHint')}>
          <Autocomplete
            multiple
            size="small"
            options={CLASS_CHOICES}
            groupBy={(key) => t(schemeLabelKey(parseClassKey(key)?.scheme ?? 'abc'))}
            getOptionLabel={(key) => className(t, key)}
            value={draft.classes.filter((key) => !key.startsWith('risk:'))}
            onChange={(_event, picked) =>
              set({ classes: [...picked, ...draft.classes.filter((key) => key.startsWith('risk:'))] })
            }
            renderInput={(input) => <TextField {...input} label={t('filter.classes')} />}
          />
        </Section>
        <Section title={t('filter.rfm')}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {score('rMin')}
            {score('rMax')}
            {score('fMin')}
            {score('fMax')}
            {score('mMin')}
            {score('mMax')}
          </Stack>
        </Section>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <TextField
            size="small"
            type="date"
            label={t('filter.lastPurchaseAfter')}
            value={draft.lastPurchaseAfter ?? ''}
            onChange={(event) => set({ lastPurchaseAfter: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            size="small"
            type="date"
            label={t('filter.lastPurchaseBefore')}
            value={draft.lastPurchaseBefore ?? ''}
            onChange={(event) => set({ lastPurchaseBefore: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            size="small"
            label={t('filter.spendMin')}
            value={spend.min}
            onChange={(event) => setSpend((s) => ({ ...s, min: event.target.value }))}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ width: 170 }}
          />
          <TextField
            size="small"
            label={t('filter.spendMax')}
            value={spend.max}
            onChange={(event) => setSpend((s) => ({ ...s, max: event.target.value }))}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ width: 170 }}
          />
          <TextField
            size="small"
            label={t('filter.bought')}
            value={draft.bought ?? ''}
            onChange={(event) => set({ bought: event.target.value })}
          />
          <TextField
            size="small"
            label={t('filter.notBought')}
            value={draft.notBought ?? ''}
            onChange={(event) => set({ notBought: event.target.value })}
          />
          <TextField
            size="small"
            type="number"
            label={t('filter.birthdayWithin')}
            value={draft.birthdayWithin ?? ''}
            onChange={(event) => set({ birthdayWithin: toWhole(event.target.value, 366) })}
            slotProps={{ htmlInput: { min: 0, max: 366 } }}
            sx={{ width: 170 }}
          />
        </Stack>
        <Section title={t('filter.risk')}>
          <Autocomplete
            multiple
            size="small"
            options={RISK_FILTERS}
            getOptionLabel={(risk) => riskLabel(t, risk)}
            value={[...draft.risk]}
            onChange={(_event, risk) => set({ risk })}
            renderInput={(input) => <TextField {...input} label={t('filter.risk')} />}
          />
        </Section>
        <Section title={t('filter.fieldName')}>
          {draft.fields.map((field, i) => (
            <Stack key={i} direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
              <TextField
                size="small"
                label={t('filter.fieldName')}
                value={field.name}
                onChange={(event) =>
                  set({ fields: draft.fields.map((f, j) => (j === i ? { ...f, name: event.target.value } : f)) })
                }
              />
              <TextField
                size="small"
                label={t('filter.fieldValue')}
                value={field.value}
                onChange={(event) =>
                  set({ fields: draft.fields.map((f, j) => (j === i ? { ...f, value: event.target.value } : f)) })
                }
              />
              <IconButton
                aria-label={t('filter.removeChip', { label: field.name })}
                onClick={() => set({ fields: draft.fields.filter((_, j) => j !== i) })}
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() => set({ fields: [...draft.fields, { name: '', value: '' }] })}
          >
            {t('filter.addField')}
          </Button>
        </Section>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('action.cancel')}</Button>
        <Button variant="contained" onClick={apply}>
          {t('filter.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
