/**
 * The complaint analysis (投诉分析) and satisfaction summary as printed: headline figures, the Pareto tables by
 * category and by root cause, the countermeasures and their owners, the times to respond and to resolve, by owner
 * and by month, and satisfaction over the period's months.
 */
import type { ParetoRow } from '../../../shared/complaints/types';
import type { CategoryLabels } from '../../../shared/hq/types';
import type { Translate } from '../../../shared/i18n/index';
import { complaintReportParams } from '../../../shared/reports/kind-params';
import { listText } from '../complaints/events';
import { lineChart, paretoChart } from './charts';
import { complaintReportData, type ComplaintReportData } from './complaints-data';
import { html, type SafeHtml } from './html';
import { DASH, reportNumbers, type ReportNumbers } from './numbers';
import { reportKind } from './report-kind';
import { figures, note, section, table } from './sections';

function paretoTable(
  rows: readonly ParetoRow[],
  label: string,
  prefix: 'complaintCategory' | 'complaintCause',
  t: Translate,
  n: ReportNumbers,
  labels: CategoryLabels,
): SafeHtml {
  const chart =
    rows.length > 1
      ? paretoChart(
          rows.map((r) => listText(t, prefix, r.key, labels)),
          rows.map((r) => r.count),
          { title: label, format: n.count, height: 180 },
        )
      : html``;
  return html`${chart}${table({
    headers: [label, t('complaints.report.count'), t('complaints.report.percent'), t('complaints.report.cumulative')],
    numeric: [1, 2, 3],
    empty: t('reportKinds.complaints.none'),
    rows: rows.map((r) => [
      listText(t, prefix, r.key, labels),
      n.count(r.count),
      n.percent(r.percent),
      n.percent(r.cumulativePercent),
    ]),
  })}`;
}

export function complaintReportBody(d: ComplaintReportData, t: Translate, n: ReportNumbers): SafeHtml {
  const r = d.report;
  const s = r.satisfaction;
  // The title names the period; the owner, when the analysis is limited to one, is said under it.
  const scope = [
    d.ownerName ? t('reportKinds.complaints.ownerLine', { name: d.ownerName }) : null,
    r.scoped ? t('auth.scopedFigures') : null,
  ].filter((x): x is string => x !== null);
  const hours = (h: number | null) => (h === null ? DASH : n.decimal(h));
  return html`${scope.length > 0 ? html`<p class="muted">${scope.join(t('callbackReport.scopeSeparator'))}</p>` : html``}
  ${section(
    t('complaints.report.summary'),
    figures([
      { label: t('complaints.report.total'), value: n.count(r.total) },
      { label: t('complaints.report.open'), value: n.count(r.open) },
      { label: t('complaints.report.overdue'), value: n.count(r.overdue) },
      { label: t('complaints.report.resolved'), value: n.count(r.resolved) },
      { label: t('complaints.report.closed'), value: n.count(r.closed) },
      { label: t('complaints.report.perTenThousand'), value: n.decimal(r.perTenThousand) },
    ]),
  )}
  ${section(t('complaints.report.byCategory'), paretoTable(r.byCategory, t('complaints.report.category'), 'complaintCategory', t, n, r.categoryLabels))}
  ${section(t('complaints.report.byRootCause'), paretoTable(r.byRootCause, t('complaints.report.cause'), 'complaintCause', t, n, r.categoryLabels))}
  ${section(
    t('reportKinds.complaints.countermeasures', { count: d.countermeasureTotal }),
    table({
      headers: [
        t('complaints.column.cause'),
        t('complaints.column.category'),
        t('complaints.column.customer'),
        t('complaints.column.countermeasure'),
        t('complaints.column.owner'),
        t('reportKinds.complaints.resolvedOn'),
        t('complaints.report.withinLimit'),
      ],
      empty: t('reportKinds.complaints.noCountermeasures'),
      rows: d.countermeasures.map((c) => [
        listText(t, 'complaintCause', c.rootCause),
        listText(t, 'complaintCategory', c.category, r.categoryLabels),
        c.customerName,
        c.countermeasure,
        c.ownerName ?? t('complaints.report.unassigned'),
        c.resolvedOn ?? DASH,
        c.withinLimit ? t('reportKinds.yes') : t('reportKinds.no'),
      ]),
    }),
    d.countermeasureTotal > d.countermeasures.length
      ? note(t('reportKinds.firstOf', { shown: d.countermeasures.length, count: d.countermeasureTotal }))
      : html``,
  )}
  ${section(
    t('reportKinds.complaints.times'),
    table({
      headers: [
        '',
        t('complaints.report.measured'),
        t('complaints.report.medianHours'),
        t('complaints.report.withinLimit'),
      ],
      numeric: [1, 2, 3],
      empty: t('reportKinds.complaints.none'),
      rows: [
        [
          t('complaints.report.firstResponse'),
          n.count(r.firstResponse.count),
          hours(r.firstResponse.medianHours),
          n.percent(r.firstResponse.withinLimitPercent),
        ],
        [
          t('complaints.report.resolution'),
          n.count(r.resolution.count),
          hours(r.resolution.medianHours),
          n.percent(r.resolution.withinLimitPercent),
        ],
      ],
    }),
  )}
  ${section(
    t('complaints.report.byOwner'),
    table({
      headers: [
        t('complaints.report.owner'),
        t('complaints.report.count'),
        t('complaints.report.open'),
        t('complaints.report.overdue'),
        t('complaints.report.done'),
        t('complaints.report.medianHours'),
      ],
      numeric: [1, 2, 3, 4, 5],
      empty: t('reportKinds.complaints.none'),
      rows: r.byOwner.map((o) => [
        o.staffName ?? t('complaints.report.unassigned'),
        n.count(o.count),
        n.count(o.open),
        n.count(o.overdue),
        n.count(o.done),
        hours(o.medianResolutionHours),
      ]),
    }),
  )}
  ${section(
    t('reportKinds.complaints.overTime'),
    r.byMonth.length > 1
      ? lineChart(
          r.byMonth.map((m) => m.month),
          [
            { name: t('complaints.report.total'), values: r.byMonth.map((m) => m.count) },
            { name: t('complaints.report.done'), values: r.byMonth.map((m) => m.done) },
          ],
          { title: t('reportKinds.complaints.overTime'), format: n.count, height: 170 },
        )
      : html``,
    s.byMonth.some((m) => m.average !== null)
      ? lineChart(
          s.byMonth.map((m) => m.month),
          [{ name: t('complaints.report.average'), values: s.byMonth.map((m) => m.average ?? 0) }],
          { title: t('complaints.report.satisfaction'), format: n.decimal, height: 150 },
        )
      : html``,
    table({
      headers: [
        t('complaints.report.month'),
        t('complaints.report.total'),
        t('complaints.report.done'),
        t('reportKinds.complaints.scores'),
        t('complaints.report.average'),
        t('complaints.report.satisfied'),
      ],
      numeric: [1, 2, 3, 4, 5],
      empty: t('reportKinds.complaints.none'),
      rows: r.byMonth.map((m, i) => {
        const sat = s.byMonth[i];
        return [
          m.month,
          n.count(m.count),
          n.count(m.done),
          n.count(sat?.count ?? 0),
          n.decimal(sat?.average ?? null),
          n.percent(sat?.satisfiedPercent ?? null),
        ];
      }),
    }),
  )}
  ${section(
    t('complaints.report.satisfaction'),
    figures([
      { label: t('complaints.report.scores'), value: n.count(s.count) },
      { label: t('complaints.report.average'), value: n.decimal(s.average) },
      { label: t('complaints.report.satisfied'), value: n.percent(s.satisfiedPercent) },
      { label: t('complaints.report.fromCallbacks'), value: n.count(s.fromCallbacks) },
      { label: t('complaints.report.fromComplaints'), value: n.count(s.fromComplaints) },
    ]),
    table({
      headers: [t('complaints.report.score'), t('complaints.report.count'), t('complaints.report.percent')],
      numeric: [1, 2],
      empty: t('reportKinds.callbacks.noScores'),
      rows:
        s.count === 0
          ? []
          : [...s.distribution].reverse().map((x) => [x.score, n.count(x.count), n.percent(x.percent)]),
    }),
    table({
      headers: [
        t('complaints.report.category'),
        t('complaints.report.scores'),
        t('complaints.report.average'),
        t('complaints.report.satisfied'),
      ],
      numeric: [1, 2, 3],
      caption: t('reportKinds.complaints.satisfactionByCategory'),
      empty: t('reportKinds.complaints.noComplaintScores'),
      rows: s.byCategory.map((c) => [
        listText(t, 'complaintCategory', c.category, r.categoryLabels),
        n.count(c.count),
        n.decimal(c.average),
        n.percent(c.satisfiedPercent),
      ]),
    }),
  )}
  ${
    r.repeatComplainers.length > 0
      ? section(
          t('complaints.report.repeat'),
          table({
            headers: [
              t('complaints.report.customer'),
              t('complaints.report.count'),
              t('complaints.report.lastReceived'),
            ],
            numeric: [1],
            empty: '',
            rows: r.repeatComplainers.map((p) => [p.customerName, n.count(p.count), p.lastReceivedOn]),
          }),
        )
      : html``
  }`;
}

/** 投诉分析 and the satisfaction summary over a period (the complaint report's own query). */
export const complaintReportKind = reportKind({
  params: complaintReportParams,
  build(db, params, ctx) {
    const data = complaintReportData(db, { ...params, today: params.today ?? ctx.today });
    return {
      title: `${ctx.t('reportKinds.complaints.title')} ${ctx.t('callbackReport.range', { from: data.report.from, to: data.report.to })}`,
      body: complaintReportBody(data, ctx.t, reportNumbers(ctx.format, ctx.lang)),
    };
  },
});
