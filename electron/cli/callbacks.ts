/**
 * `dossier callbacks …`: the due list of a day and the call-back report, as a table for people or JSON for scripts.
 *
 *   dossier callbacks due [--date D] [--staff ID] [--limit N] [--json]
 *   dossier callbacks report --from D --to D [--campaign ID] [--staff ID] [--json]
 */
import { answerText } from '../../shared/callbacks/labels';
import type { Output } from '../../shared/contract';
import { isRealDate } from '../../shared/fields';
import type { Translate } from '../../shared/i18n/index';
import { localDate } from '../../shared/rules/calendar';
import type { Dispatch } from '../core/dispatch';
import { parseCommand, UsageError } from './args';
import { caller, type OptionNames } from './client';
import { table } from './tables';

type Callback = Output<'callbacks.queue'>['rows'][number];
type CallbackReport = Output<'callbacks.report'>;

const OPTIONS = {
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  campaign: { type: 'string' },
  staff: { type: 'string' },
  limit: { type: 'string' },
  // The global options, accepted here too so the raw arguments can be passed through.
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
} as const;

const percent = (p: number | null): string => (p === null ? '—' : `${p.toFixed(2)}%`);

function date(value: string | undefined, option: string, t: Translate): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UsageError(t('cli.callbacks.badDate', { option, value }));
  return value;
}

/** The option each field of the call-back channels comes from, so a refused value names it: `--staff: …`. */
const FIELD_OPTIONS: OptionNames = {
  today: 'date',
  staffId: 'staff',
  campaignId: 'campaign',
  from: 'from',
  to: 'to',
  limit: 'limit',
};

/**
 * Runs `callbacks <sub> …` through the dispatch. `args` are the arguments after the word `callbacks` (options
 * included); `json` and `t` come from the main command line. Returns the text to print; throws UsageError for
 * usage mistakes.
 */
export async function callbacksCommand(
  args: readonly string[],
  dispatch: Dispatch,
  json: boolean,
  t: Translate,
): Promise<string> {
  const { values, positionals } = parseCommand(args, OPTIONS, t('cli.callbacks.usage'));
  const asJson = json || values.json;
  const [sub] = positionals;
  const call = caller(dispatch, t);

  switch (sub) {
    case 'due': {
      const day = date(values.date, 'date', t) ?? localDate();
      const limit = values.limit === undefined ? 500 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(t('cli.callbacks.usage'));
      const filters = { today: day, staffId: values.staff ?? null };
      const counts = await call('callbacks.counts', filters, FIELD_OPTIONS);
      const overdue = await call('callbacks.queue', { view: 'overdue', ...filters, limit }, FIELD_OPTIONS);
      const today = await call('callbacks.queue', { view: 'today', ...filters, limit }, FIELD_OPTIONS);
      const rows = [...overdue.rows, ...today.rows].slice(0, limit);
      if (asJson) return JSON.stringify({ date: day, overdue: counts.overdue, today: counts.today, rows }, null, 2);
      if (rows.length === 0) return t('cli.callbacks.due.none', { date: day });
      const more = counts.overdue + counts.today - rows.length;
      const text = [
        t('cli.callbacks.due.header', { date: day, today: counts.today, overdue: counts.overdue }),
        '',
        dueTable(rows, day, t),
      ];
      if (more > 0) text.push(t('cli.callbacks.due.more', { count: more }));
      return text.join('\n');
    }
    case 'report': {
      const from = date(values.from, 'from', t);
      const to = date(values.to, 'to', t);
      if ((from === undefined || to === undefined) && values.campaign === undefined)
        throw new UsageError(t('cli.callbacks.rangeMissing'));
      const report = await call(
        'callbacks.report',
        { from, to, campaignId: values.campaign, staffId: values.staff },
        FIELD_OPTIONS,
      );
      return asJson ? JSON.stringify(report, null, 2) : reportText(report, t);
    }
    default:
      throw new UsageError(
        sub ? `${t('cli.callbacks.unknown', { command: sub })}\n${t('cli.callbacks.usage')}` : t('cli.callbacks.usage'),
      );
  }
}

function dueTable(rows: readonly Callback[], day: string, t: Translate): string {
  return table(
    [
      t('cli.callbacks.col.due'),
      t('cli.callbacks.col.customer'),
      t('cli.callbacks.col.phone'),
      t('cli.callbacks.col.window'),
      t('cli.callbacks.col.staff'),
      t('cli.callbacks.col.purpose'),
      t('cli.callbacks.col.priority'),
      t('cli.callbacks.col.attempts'),
      t('cli.callbacks.col.notes'),
    ],
    rows.map((r) => [
      r.dueOn < day ? `${r.dueOn} !` : r.dueOn,
      r.customerName,
      r.customerMobile ?? r.customerPhone ?? '',
      r.windowStart ? `${r.windowStart}–${r.windowEnd ?? ''}` : '',
      r.staffName ?? '',
      t(`callbackPurpose.${r.purpose}`),
      t(`callbackPriority.${r.priority}`),
      String(r.attempts),
      (r.notes ?? '').replace(/\s+/g, ' ').slice(0, 40),
    ]),
  );
}

function reportText(r: CallbackReport, t: Translate): string {
  const open = t('cli.callbacks.report.open');
  const out: string[] = [t('cli.callbacks.report.title', { from: r.from ?? open, to: r.to ?? open })];
  if (r.campaignName) out.push(t('cli.callbacks.report.campaign', { name: r.campaignName }));
  out.push(
    '',
    t('cli.callbacks.report.summary', {
      planned: r.planned,
      reached: r.reached,
      notReached: r.notReached,
      pending: r.pending,
      rate: percent(r.reachRate),
    }),
  );
  if (r.cancelled > 0) out.push(t('cli.callbacks.report.cancelled', { count: r.cancelled }));
  const shareHeaders = (first: string): string[] => [first, t('cli.callbacks.col.count'), t('cli.callbacks.col.share')];
  if (r.notReachedByReason.length > 0)
    out.push(
      '',
      t('cli.callbacks.report.notReachedTitle'),
      table(
        shareHeaders(t('callbackOutcome.not_reached')),
        r.notReachedByReason.map((x) => [t(`notReachedReason.${x.reason}`), String(x.count), percent(x.percent)]),
      ),
    );
  if (r.answers.length > 0)
    out.push(
      '',
      t('cli.callbacks.report.answersTitle'),
      table(
        shareHeaders(t('callbackOutcome.reached')),
        r.answers.map((x) => [
          x.category === null ? t('cli.callbacks.report.noCategory') : answerText(t, x.category, r.answerLabels),
          String(x.count),
          percent(x.percent),
        ]),
      ),
    );
  out.push(
    '',
    r.satisfaction.average === null
      ? t('cli.callbacks.report.noSatisfaction')
      : t('cli.callbacks.report.satisfaction', {
          average: r.satisfaction.average.toFixed(2),
          count: r.satisfaction.count,
        }),
  );
  if (r.satisfaction.count > 0)
    out.push(
      table(
        shareHeaders(t('cli.callbacks.col.satisfaction')),
        r.satisfaction.distribution.map((x) => [`${x.score}`, String(x.count), percent(x.percent)]),
      ),
    );
  out.push('', t('cli.callbacks.report.attempts', { total: r.attempts.total, notReached: r.attempts.notReached }));
  if (r.perStaff.length > 0)
    out.push(
      '',
      t('cli.callbacks.report.perStaffTitle'),
      table(
        [
          t('cli.callbacks.col.staff'),
          t('cli.callbacks.col.planned'),
          t('cli.callbacks.col.reached'),
          t('cli.callbacks.col.notReached'),
          t('cli.callbacks.col.pending'),
          t('cli.callbacks.col.rate'),
          t('cli.callbacks.col.satisfaction'),
        ],
        r.perStaff.map((s) => [
          s.staffName || s.staffId.slice(0, 8),
          String(s.planned),
          String(s.reached),
          String(s.notReached),
          String(s.pending),
          percent(s.reachRate),
          s.satisfactionAverage === null ? '—' : s.satisfactionAverage.toFixed(2),
        ]),
      ),
    );
  return out.join('\n');
}
