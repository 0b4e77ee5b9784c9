/** The customer list printout: which customers (segment, count), then one table of the chosen columns. */
import type { Translate } from '../../../shared/i18n/index';
import { listReportParams } from '../../../shared/reports/kind-params';
import { html, type SafeHtml } from './html';
import { listReportData, type ListReportData } from './list-data';
import { reportNumbers, type ReportNumbers } from './numbers';
import { reportKind } from './report-kind';
import { note, table } from './sections';

export function listReportBody(d: ListReportData, t: Translate, n: ReportNumbers): SafeHtml {
  const scope = [
    d.segmentName ? t('reportKinds.list.segmentLine', { name: d.segmentName }) : null,
    t('reportKinds.list.count', { count: d.total }),
  ].filter((x): x is string => x !== null);
  const numeric = d.columns.flatMap((c, i) => (c === 'headcount' ? [i + 1] : []));
  return html`<p class="muted">${scope.join(t('callbackReport.scopeSeparator'))}</p>
    ${d.masked ? note(t('reportKinds.list.masked')) : html``}
    ${table({
      headers: ['#', ...d.headers],
      numeric: [0, ...numeric],
      empty: t('reportKinds.list.empty'),
      rows: d.rows.map((row, i) => [n.count(i + 1), ...row]),
    })}
    ${d.total > d.rows.length ? note(t('reportKinds.firstOf', { shown: d.rows.length, count: d.total })) : html``}`;
}

/** A customer list or saved segment in the chosen columns. */
export const listReportKind = reportKind({
  params: listReportParams,
  build(db, params, ctx) {
    const data = listReportData(db, params, ctx.lang, ctx.format);
    return {
      title: data.segmentName
        ? `${ctx.t('reportKinds.list.title')} ${data.segmentName}`
        : ctx.t('reportKinds.list.title'),
      body: listReportBody(data, ctx.t, reportNumbers(ctx.format, ctx.lang)),
    };
  },
});
