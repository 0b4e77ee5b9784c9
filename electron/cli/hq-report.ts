/** `dossier hq report --url postgresql://… [--date D] [--json]`: head office's figures, per branch and in total. */
import type { Translate } from '../../shared/i18n/index';
import { hqFiguresInput } from '../../shared/hq/schemas';
import type { Figures, HqFigures } from '../../shared/hq/types';
import { hqFigures } from '../core/hq/figures';
import { openHqReader } from '../core/hq/reader';
import { UsageError, type Invocation } from './args';
import { table } from './tables';

const percent = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);
const decimal = (n: number | null, digits: number) => (n === null ? '-' : n.toFixed(digits));

function row(label: readonly [string, string], f: Figures, lastPush: string): string[] {
  const { abc, value, lifecycle } = f.classes;
  return [
    ...label,
    String(f.customers),
    `${abc.A}/${abc.B}/${abc.C}`,
    `${value.core}/${value.potential}/${value.general}`,
    `${lifecycle.exploration}/${lifecycle.formation}/${lifecycle.stable}/${lifecycle.decline}`,
    `${f.callbacksReached}/${f.callbacksPlanned}`,
    percent(f.reachRate),
    decimal(f.satisfactionAverage, 2),
    decimal(f.complaintsPer10k, 1),
    String(f.complaintsOverdue),
    lastPush,
  ];
}

function figuresTable(figures: HqFigures, t: Translate): string {
  const headers = [
    'code',
    'branch',
    'customers',
    'abc',
    'value',
    'lifecycle',
    'reach',
    'reachRate',
    'satisfaction',
    'per10k',
    'overdue',
    'lastPush',
  ].map((k) => t(`hq.report.column.${k}` as Parameters<Translate>[0]));
  const rows = figures.branches.map((b) =>
    row([b.code, b.name], b, b.lastPushAt ? b.lastPushAt.slice(0, 16).replace('T', ' ') + 'Z' : t('hq.neverPushed')),
  );
  rows.push(row(['', t('hq.total')], figures.total, ''));
  return [
    t('hq.report.heading', { branches: figures.branches.length, today: figures.today }),
    table(headers, rows),
  ].join('\n');
}

export async function hqReport({ values, t, print }: Invocation): Promise<number> {
  const parsed = hqFiguresInput.safeParse({ today: values.date });
  if (!parsed.success) throw new UsageError(t('date.invalid'));
  const pool = openHqReader(values.url ?? '');
  try {
    const figures = await hqFigures(pool, { today: parsed.data.today });
    print(figures, () => figuresTable(figures, t));
    return 0;
  } finally {
    await pool.end();
  }
}
