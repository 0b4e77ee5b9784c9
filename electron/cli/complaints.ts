/**
 * `dossier complaints …`: the complaint list and the complaint analysis, as tables for people or JSON for scripts.
 *
 *   dossier complaints list [--status S] [--overdue] [--mine] [--category C] [--owner ID] [--from D] [--to D]
 *                           [--date D] [--limit N] [--json]
 *   dossier complaints report --from D --to D [--owner ID] [--json]
 */
import { pulledLabel } from '../../shared/hq/labels';
import type { CategoryLabels } from '../../shared/hq/types';
import { COMPLAINT_STATUSES, type ComplaintStatus, type ComplaintView } from '../../shared/complaints/types';
import type { Output } from '../../shared/contract';
import { isRealDate } from '../../shared/fields';
import { isMessageKey, type Translate } from '../../shared/i18n/index';
import type { Dispatch } from '../core/dispatch';
import { parseCommand, UsageError } from './args';
import { caller, type OptionNames } from './client';
import { table } from './tables';

type ComplaintReport = Output<'complaints.report'>;

const OPTIONS = {
  status: { type: 'string' },
  overdue: { type: 'boolean', default: false },
  mine: { type: 'boolean', default: false },
  category: { type: 'string' },
  owner: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  date: { type: 'string' },
  limit: { type: 'string' },
  // The global options, accepted here too so the raw arguments can be passed through.
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
} as const;

const FIELD_OPTIONS: OptionNames = {
  today: 'date',
  ownerId: 'owner',
  category: 'category',
  status: 'status',
  from: 'from',
  to: 'to',
  limit: 'limit',
};

const percent = (p: number | null): string => (p === null ? '—' : `${p.toFixed(2)}%`);

function date(value: string | undefined, option: string, t: Translate): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UsageError(t('cli.callbacks.badDate', { option, value }));
  return value;
}

/** A category pulled from head office by the name it gave, a built-in code translated, the branch's own as typed. */
function listed(
  t: Translate,
  prefix: 'complaintCategory' | 'complaintCause',
  value: string,
  labels?: CategoryLabels,
): string {
  const pulled = prefix === 'complaintCategory' ? labels?.[value] : undefined;
  if (pulled) return pulledLabel(t, pulled);
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

/** Runs `complaints <sub> …` through the dispatch; returns the text to print; throws UsageError for usage mistakes. */
export async function complaintsCommand(
  args: readonly string[],
  dispatch: Dispatch,
  json: boolean,
  t: Translate,
): Promise<string> {
  const { values, positionals } = parseCommand(args, OPTIONS, t('cli.complaints.usage'));
  const asJson = json || values.json;
  const [sub] = positionals;
  const call = caller(dispatch, t);
  switch (sub) {
    case 'list': {
      const status = values.status;
      if (status !== undefined && !(COMPLAINT_STATUSES as readonly string[]).includes(status))
        throw new UsageError(
          t('cli.badChoice', { option: 'status', allowed: COMPLAINT_STATUSES.join(', '), value: status }),
        );
      const limit = values.limit === undefined ? 100 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new UsageError(t('cli.badNumber', { option: 'limit', value: values.limit ?? '' }));
      const view: ComplaintView = values.overdue ? 'overdue' : values.mine ? 'mine' : status ? 'all' : 'open';
      const page = await call(
        'complaints.list',
        {
          view,
          today: date(values.date, 'date', t),
          status: status as ComplaintStatus | undefined,
          category: values.category,
          ownerId: values.owner,
          from: date(values.from, 'from', t),
          to: date(values.to, 'to', t),
          limit,
        },
        FIELD_OPTIONS,
      );
      if (asJson) return JSON.stringify(page, null, 2);
      if (page.rows.length === 0) return t('cli.complaints.none');
      const { categoryLabels } = await call('complaints.settings.get', {});
      return [
        table(
          [
            t('complaints.column.received'),
            t('complaints.column.customer'),
            t('complaints.column.category'),
            t('complaints.column.severity'),
            t('complaints.column.owner'),
            t('complaints.column.due'),
            t('complaints.column.status'),
          ],
          page.rows.map((c) => [
            c.receivedOn,
            c.customerName,
            listed(t, 'complaintCategory', c.category, categoryLabels),
            t(`complaintSeverity.${c.severity}`),
            c.ownerName ?? '',
            c.overdue ? `${c.dueOn} (${t('cli.complaints.overdue')})` : c.dueOn,
            t(`complaintStatus.${c.status}`),
          ]),
        ),
        '',
        t('cli.complaints.total', { shown: page.rows.length, count: page.total }),
      ].join('\n');
    }
    case 'report': {
      const from = date(values.from, 'from', t);
      const to = date(values.to, 'to', t);
      if (from === undefined || to === undefined) throw new UsageError(t('cli.complaints.rangeMissing'));
      const report = await call('complaints.report', { from, to, ownerId: values.owner }, FIELD_OPTIONS);
      return asJson ? JSON.stringify(report, null, 2) : reportText(report, t);
    }
    default:
      throw new UsageError(
        sub
          ? `${t('cli.complaints.unknown', { command: sub })}\n${t('cli.complaints.usage')}`
          : t('cli.complaints.usage'),
      );
  }
}

function reportText(r: ComplaintReport, t: Translate): string {
  const pareto = (
    title: string,
    head: string,
    rows: ComplaintReport['byCategory'],
    prefix: 'complaintCategory' | 'complaintCause',
  ) => [
    '',
    title,
    table(
      [head, t('complaints.report.count'), t('complaints.report.percent'), t('complaints.report.cumulative')],
      rows.map((x) => [
        listed(t, prefix, x.key, r.categoryLabels),
        String(x.count),
        percent(x.percent),
        percent(x.cumulativePercent),
      ]),
    ),
  ];
  const s = r.satisfaction;
  return [
    t('cli.complaints.reportHead', {
      from: r.from,
      to: r.to,
      total: r.total,
      perTenThousand: r.perTenThousand === null ? '—' : r.perTenThousand.toFixed(2),
    }),
    `${t('complaints.report.open')} ${r.open} · ${t('complaints.report.overdue')} ${r.overdue} · ${t('complaints.report.resolved')} ${r.resolved} · ${t('complaints.report.closed')} ${r.closed}`,
    ...pareto(t('complaints.report.byCategory'), t('complaints.report.category'), r.byCategory, 'complaintCategory'),
    ...pareto(t('complaints.report.byRootCause'), t('complaints.report.cause'), r.byRootCause, 'complaintCause'),
    '',
    `${t('complaints.report.resolution')}: ${t('complaints.report.medianHours')} ${r.resolution.medianHours ?? '—'}, ${t('complaints.report.withinLimit')} ${percent(r.resolution.withinLimitPercent)}`,
    t('cli.complaints.satisfactionLine', {
      average: s.average === null ? '—' : s.average.toFixed(2),
      count: s.count,
      satisfied: s.satisfiedPercent === null ? '—' : s.satisfiedPercent.toFixed(2),
    }),
  ].join('\n');
}
