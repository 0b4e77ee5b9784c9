/**
 * `dossier segments …`: compute the classes, print the overview per scheme, and the migration between two month ends.
 *
 *   dossier segments compute [--period 12m | --from D --to D] [--json]
 *   dossier segments show [--scheme abc|rfm|frequency|value|lifecycle] [--json]
 *   dossier segments migration --from YYYY-MM --to YYYY-MM [--scheme abc|…] [--json]
 */
import type { Output } from '../../shared/contract';
import { isRealDate } from '../../shared/fields';
import type { Translate } from '../../shared/i18n/index';
import type { PeriodSettings } from '../../shared/segments/settings';
import { classLabelKey, schemeLabelKey } from '../../shared/segments/labels';
import { COMPUTED_SCHEMES, type ComputedScheme, type SchemeOverview } from '../../shared/segments/types';
import { oneOf, UsageError, type Invocation } from './args';
import { caller, withCore, type OptionNames } from './client';
import { table } from './tables';

const FIELD_OPTIONS: OptionNames = {
  from: 'from',
  to: 'to',
  scheme: 'scheme',
  'period.from': 'from',
  'period.to': 'to',
};

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

function periodOf(values: Invocation['values'], t: Translate): PeriodSettings | undefined {
  if (values.period !== undefined) {
    const m = /^(\d{1,2})m$/.exec(values.period);
    const months = m ? Number(m[1]) : NaN;
    if (!(months >= 1 && months <= 60)) throw new UsageError(t('cli.segments.badPeriod', { value: values.period }));
    return { kind: 'rolling', months };
  }
  if (values.from === undefined && values.to === undefined) return undefined;
  if (values.from === undefined || values.to === undefined) throw new UsageError(t('cli.segments.fromTo'));
  for (const option of ['from', 'to'] as const)
    if (!isRealDate(values[option]!)) throw new UsageError(`--${option}: ${t('date.invalid')}`);
  return { kind: 'range', from: values.from, to: values.to };
}

function schemeText(overview: SchemeOverview, t: Translate): string {
  return [
    t(schemeLabelKey(overview.scheme)),
    table(
      [
        t('cli.segments.col.class'),
        t('cli.segments.col.customers'),
        t('cli.segments.col.revenue'),
        t('cli.segments.col.profit'),
      ],
      overview.classes.map((c) => [
        t(classLabelKey(overview.scheme, c.class)),
        String(c.customers),
        percent(c.revenueShare),
        percent(c.profitShare),
      ]),
    ),
  ].join('\n');
}

function overviewText(o: Output<'segments.overview'>, t: Translate): string {
  if (o.computedAt === null || o.period === null) return t('cli.segments.none');
  const out = [
    t('cli.segments.header', {
      computedAt: o.computedAt.slice(0, 16).replace('T', ' '),
      from: o.period.from,
      to: o.period.to,
      stale: o.current ? '' : t('cli.segments.stale'),
    }),
  ];
  for (const scheme of COMPUTED_SCHEMES) {
    const s = o[scheme];
    if (!s) continue;
    out.push('', schemeText(s, t));
    if (scheme === 'abc' && o.abc)
      out.push(
        t('cli.segments.ratio', {
          reached: o.abc.ratioReached?.join(' : ') ?? '—',
          guideline: o.abc.ratioGuideline.join(' : '),
        }),
      );
  }
  return out.join('\n');
}

function migrationText(m: Output<'segments.migration'>, t: Translate): string {
  const label = (cls: string | null) =>
    cls === null ? t('cli.segments.migration.new') : t(classLabelKey(m.scheme, cls));
  const rowsOf = [...(m.cells.some((c) => c.from === null) ? [null] : []), ...m.classes];
  const count = (from: string | null, to: string) =>
    m.cells.find((c) => c.from === from && c.to === to)?.customers ?? 0;
  const out = [
    t('cli.segments.migration.header', {
      scheme: t(schemeLabelKey(m.scheme)),
      from: m.from,
      to: m.to,
      fromDate: m.fromDate,
      toDate: m.toDate,
    }),
  ];
  if (!m.complete) out.push(t('cli.segments.migration.incomplete'));
  out.push(
    '',
    table(
      ['', ...m.classes.map((c) => label(c))],
      rowsOf.map((from) => [label(from), ...m.classes.map((to) => String(count(from, to)))]),
    ),
    '',
  );
  for (const s of m.stability)
    if (s.customers > 0)
      out.push(
        t('cli.segments.migration.stability', {
          class: label(s.class),
          stayed: s.stayed,
          customers: s.customers,
          share: percent(s.share ?? 0),
        }),
      );
  return out.join('\n');
}

export async function segmentsCommand({ rest, values, dbPath, json, t, io }: Invocation): Promise<number> {
  const [sub] = rest;
  const scheme = (fallback?: ComputedScheme) =>
    values.scheme === undefined && fallback === undefined
      ? undefined
      : oneOf(values.scheme, COMPUTED_SCHEMES, fallback ?? 'abc', 'scheme', t);
  switch (sub) {
    case 'compute': {
      const period = periodOf(values, t);
      const result = await withCore(dbPath, true, (core) =>
        caller(core.dispatch, t)('segments.compute', period ? { period } : {}, FIELD_OPTIONS),
      );
      io.out(
        json
          ? JSON.stringify(result, null, 2)
          : t('cli.segments.computed', {
              count: result.customers,
              from: result.period.from,
              to: result.period.to,
              changes: result.changes,
            }),
      );
      return 0;
    }
    case 'show': {
      const only = scheme();
      const overview = await withCore(dbPath, true, (core) =>
        caller(core.dispatch, t)('segments.overview', only ? { scheme: only } : {}, FIELD_OPTIONS),
      );
      io.out(json ? JSON.stringify(overview, null, 2) : overviewText(overview, t));
      return 0;
    }
    case 'migration': {
      if (values.from === undefined || values.to === undefined) throw new UsageError(t('segments.monthInvalid'));
      const input = { scheme: scheme('abc')!, from: values.from, to: values.to };
      const migration = await withCore(dbPath, true, (core) =>
        caller(core.dispatch, t)('segments.migration', input, FIELD_OPTIONS),
      );
      io.out(json ? JSON.stringify(migration, null, 2) : migrationText(migration, t));
      return 0;
    }
    default:
      throw new UsageError(t('cli.segments.usage'));
  }
}
