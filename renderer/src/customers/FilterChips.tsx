/** The class and purchase filters in force, one removable chip each, so the list says what it shows. */
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { savedSegmentQueries } from '../segments/saved/queries';
import { useI18n } from '../i18n/I18nContext';
import { classLabel, riskLabel } from './MoreFiltersDialog';
import { NO_SEGMENT_PARAMS, type SegmentParams } from './segmentParams';

interface FilterChipsProps {
  readonly value: SegmentParams;
  readonly onChange: (next: SegmentParams) => void;
}

interface ChipItem {
  readonly key: string;
  readonly label: string;
  readonly remove: () => SegmentParams;
}

const range = (min: number | null, max: number | null): { min: string; max: string } => ({
  min: String(min ?? 1),
  max: String(max ?? 5),
});

export function FilterChips({ value: p, onChange }: FilterChipsProps) {
  const { t, format } = useI18n();
  const segment = useQuery({ ...savedSegmentQueries.one(p.segmentId ?? ''), enabled: p.segmentId !== null });
  const items: ChipItem[] = [];
  const add = (key: string, label: string, remove: Partial<SegmentParams>) =>
    items.push({ key, label, remove: () => ({ ...p, ...remove }) });

  if (p.segmentId)
    add('segment', `${t('filter.segment')}: ${segment.data?.name ?? '…'}`, { segmentId: NO_SEGMENT_PARAMS.segmentId });
  for (const key of p.classes) add(`class-${key}`, classLabel(t, key), { classes: p.classes.filter((k) => k !== key) });
  for (const risk of p.risk) add(`risk-${risk}`, riskLabel(t, risk), { risk: p.risk.filter((r) => r !== risk) });
  if (p.rMin !== null || p.rMax !== null)
    add('r', t('filter.chip.r', range(p.rMin, p.rMax)), { rMin: null, rMax: null });
  if (p.fMin !== null || p.fMax !== null)
    add('f', t('filter.chip.f', range(p.fMin, p.fMax)), { fMin: null, fMax: null });
  if (p.mMin !== null || p.mMax !== null)
    add('m', t('filter.chip.m', range(p.mMin, p.mMax)), { mMin: null, mMax: null });
  if (p.lastPurchaseAfter)
    add('lastAfter', t('filter.chip.lastAfter', { date: format.date(p.lastPurchaseAfter) }), {
      lastPurchaseAfter: null,
    });
  if (p.lastPurchaseBefore)
    add('lastBefore', t('filter.chip.lastBefore', { date: format.date(p.lastPurchaseBefore) }), {
      lastPurchaseBefore: null,
    });
  if (p.spendMin !== null)
    add('spendMin', t('filter.chip.spendMin', { amount: format.money(p.spendMin) }), { spendMin: null });
  if (p.spendMax !== null)
    add('spendMax', t('filter.chip.spendMax', { amount: format.money(p.spendMax) }), { spendMax: null });
  if (p.bought) add('bought', t('filter.chip.bought', { product: p.bought }), { bought: null });
  if (p.notBought) add('notBought', t('filter.chip.notBought', { product: p.notBought }), { notBought: null });
  if (p.birthdayWithin !== null)
    add('birthday', t('filter.chip.birthday', { count: p.birthdayWithin }), { birthdayWithin: null });
  p.fields.forEach((f, i) =>
    add(
      `field-${i}`,
      f.value ? t('filter.chip.field', { name: f.name, value: f.value }) : t('filter.chip.fieldAny', { name: f.name }),
      { fields: p.fields.filter((_, j) => j !== i) },
    ),
  );

  if (items.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.75} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="filter-chips">
      {items.map((item) => (
        <Chip
          key={item.key}
          size="small"
          color="primary"
          variant="outlined"
          label={item.label}
          onDelete={() => onChange(item.remove())}
          title={t('filter.removeChip', { label: item.label })}
        />
      ))}
    </Stack>
  );
}
