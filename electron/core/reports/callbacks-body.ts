/** The call-back report (回访报告) as printed: scope, headline figures, the tables of the report, the measures. */
import { answerText } from '../../../shared/callbacks/labels';
import type { Translate } from '../../../shared/i18n/index';
import { callbackReportParams } from '../../../shared/reports/kind-params';
import { callbackReportData, type CallbackReportData } from './callbacks-data';
import { barChart } from './charts';
import { writtenText } from './document';
import { html, type SafeHtml } from './html';
import { reportNumbers, type ReportNumbers } from './numbers';
import { reportKind } from './report-kind';
import { figures, note, section, table } from './sections';

/** The period as the report page words it: both ends, one, or any date. */
function periodText(t: Translate, from: string | null, to: string | null): string {
  if (from && to) return t('callbackReport.range', { from, to });
  if (from) return t('callbackReport.since', { from });
  if (to) return t('callbackReport.until', { to });
  return t('callbackReport.anyDate');
}

export function callbackReportBody(d: CallbackReportData, t: Translate, n: ReportNumbers): SafeHtml {
  const r = d.report;
  // The title names the campaign, else the period: the line under it says what the title does not.
  const scope = [
    r.campaignName ? periodText(t, r.from, r.to) : null,
    d.staffName ? t('callbackReport.staffLine', { name: d.staffName }) : null,
    r.scoped ? t('auth.scopedFigures') : null,
  ].filter((x): x is string => x !== null);
  const head = scope.length > 0 ? html`<p class="muted">${scope.join(t('callbackReport.scopeSeparator'))}</p>` : html``;
  if (r.planned === 0)
    return html`${head}${note(t('callbackReport.empty'))}${section(
      t('reportKinds.callbacks.measures'),
      writtenText(d.measures.text, t('reportKinds.callbacks.noMeasures')),
    )}`;
  const share = t('callbackReport.share');
  const count = t('callbackReport.count');
  return html`${head}
  ${section(
    t('reportKinds.callbacks.summary'),
    figures([
      { label: t('callbackReport.planned'), value: n.count(r.planned) },
      { label: t('callbackReport.reached'), value: n.count(r.reached) },
      { label: t('callbackReport.notReached'), value: n.count(r.notReached) },
      { label: t('callbackReport.pending'), value: n.count(r.pending) },
      { label: t('callbackReport.reachRate'), value: n.percent(r.reachRate) },
      { label: t('callbackReport.satisfactionAverage'), value: n.decimal(r.satisfaction.average) },
    ]),
    note(t('callbackReport.reachRateNote')),
    note(t('callbackReport.attempts', { total: r.attempts.total, notReached: r.attempts.notReached })),
    r.cancelled > 0 ? note(t('callbackReport.cancelled', { count: r.cancelled })) : html``,
  )}
  ${section(
    t('callbackReport.byAnswer', { count: r.reached }),
    r.answers.length > 1
      ? barChart(
          r.answers.map((a) =>
            a.category === null ? t('callbackReport.noCategory') : answerText(t, a.category, r.answerLabels),
          ),
          r.answers.map((a) => a.count),
          { title: t('callbackReport.byAnswer', { count: r.reached }), format: n.count, height: 180 },
        )
      : html``,
    table({
      headers: [t('callbackReport.answer'), count, share],
      numeric: [1, 2],
      empty: t('callbackReport.noneReached'),
      rows: r.answers.map((a) => [
        a.category === null ? t('callbackReport.noCategory') : answerText(t, a.category, r.answerLabels),
        n.count(a.count),
        n.percent(a.percent),
      ]),
    }),
  )}
  ${section(
    t('callbackReport.byReason', { count: r.notReached }),
    table({
      headers: [t('callbackReport.reason'), count, share],
      numeric: [1, 2],
      empty: t('callbackReport.noneNotReached'),
      rows: r.notReachedByReason.map((x) => [
        t(`notReachedReason.${x.reason}`),
        n.count(x.count),
        n.percent(x.percent),
      ]),
    }),
  )}
  ${section(
    t('callbackReport.distribution', { count: r.satisfaction.count }),
    table({
      headers: [t('callbackReport.score'), count, share],
      numeric: [1, 2],
      empty: t('reportKinds.callbacks.noScores'),
      rows:
        r.satisfaction.count === 0
          ? []
          : [...r.satisfaction.distribution]
              .reverse()
              .map((x) => [t('callbackReport.scoreLabel', { score: x.score }), n.count(x.count), n.percent(x.percent)]),
    }),
  )}
  ${section(
    t('callbackReport.perStaff'),
    table({
      headers: [
        t('callbackReport.staffMember'),
        t('callbackReport.planned'),
        t('callbackReport.reached'),
        t('callbackReport.notReached'),
        t('callbackReport.pending'),
        t('callbackReport.reachRate'),
        t('callbackReport.satisfactionAverage'),
      ],
      numeric: [1, 2, 3, 4, 5, 6],
      empty: t('callbackReport.empty'),
      rows: r.perStaff.map((s) => [
        s.staffName ?? t('reportKinds.unknownStaff'),
        n.count(s.planned),
        n.count(s.reached),
        n.count(s.notReached),
        n.count(s.pending),
        n.percent(s.reachRate),
        n.decimal(s.satisfactionAverage),
      ]),
    }),
  )}
  ${section(t('reportKinds.callbacks.measures'), writtenText(d.measures.text, t('reportKinds.callbacks.noMeasures')))}`;
}

/** 回访报告 for a period or a campaign (the call-back report's own query). */
export const callbackReportKind = reportKind({
  params: callbackReportParams,
  build(db, params, ctx) {
    const data = callbackReportData(db, params);
    const scope = data.report.campaignName ?? periodText(ctx.t, params.from, params.to);
    return {
      title: `${ctx.t('reportKinds.callbacks.title')} ${scope}`,
      body: callbackReportBody(data, ctx.t, reportNumbers(ctx.format, ctx.lang)),
    };
  },
});
