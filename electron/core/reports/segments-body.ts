/**
 * The segment (ABC) table for the branch meeting as printed: per scheme the classes with their customers, revenue
 * and profit and their shares; the customers of the chosen class; the migration matrix with each class's stability.
 */
import type { Translate } from '../../../shared/i18n/index';
import { classLabelKey, schemeLabelKey } from '../../../shared/segments/labels';
import type { ComputedScheme, SchemeOverview } from '../../../shared/segments/types';
import { segmentReportParams } from '../../../shared/reports/kind-params';
import { groupedBarChart } from './charts';
import { html, type SafeHtml } from './html';
import { DASH, reportNumbers, type ReportNumbers } from './numbers';
import { reportKind } from './report-kind';
import { segmentReportData, type SegmentReportData } from './segments-data';
import { note, section, table } from './sections';

const ratio = (n: ReportNumbers, r: readonly number[]): string =>
  r.map((x) => n.decimal(Math.round(x * 10) / 10)).join(' : ');

function schemeTable(d: SegmentReportData, s: SchemeOverview, t: Translate, n: ReportNumbers): SafeHtml {
  const all = d.overview.customers;
  const notes: SafeHtml[] = [];
  const abc = d.overview.abc;
  if (s.scheme === 'abc' && abc) {
    notes.push(note(`${t(`segmentsPage.basis.${abc.basis}`)} · ${t(`segmentsPage.method.${abc.method}`)}`));
    notes.push(
      note(
        abc.ratioReached
          ? t('segmentsPage.ratio', { reached: ratio(n, abc.ratioReached), guideline: ratio(n, abc.ratioGuideline) })
          : t('segmentsPage.ratioNone', { guideline: ratio(n, abc.ratioGuideline) }),
      ),
    );
  }
  const title = t('segmentsPage.classesOf', { scheme: t(schemeLabelKey(s.scheme)) });
  // A chart for the schemes of a few classes (ABC, value, frequency, lifecycle); RFM's nine read better as the table.
  const chart =
    all > 0 && s.classes.length <= 5
      ? groupedBarChart(
          s.classes.map((c) => t(classLabelKey(s.scheme, c.class))),
          [
            { name: t('segmentsPage.customerShare'), values: s.classes.map((c) => (100 * c.customers) / all) },
            { name: t('segmentsPage.revenueShare'), values: s.classes.map((c) => 100 * c.revenueShare) },
          ],
          { title, format: (v) => `${Math.round(v)}%`, height: 170 },
        )
      : html``;
  return section(
    title,
    chart,
    table({
      headers: [
        t('segmentsPage.class'),
        t('segmentsPage.customers'),
        t('segmentsPage.customerShare'),
        t('segmentsPage.revenue'),
        t('segmentsPage.revenueShare'),
        t('segmentsPage.profit'),
        t('segmentsPage.profitShare'),
      ],
      numeric: [1, 2, 3, 4, 5, 6],
      empty: t('segmentsPage.neverComputed'),
      rows: s.classes.map((c) => [
        t(classLabelKey(s.scheme, c.class)),
        n.count(c.customers),
        n.share(all > 0 ? c.customers / all : null),
        n.money(c.amountCents),
        n.share(c.revenueShare),
        n.money(c.profitCents),
        n.share(c.profitShare),
      ]),
      total: [
        t('reportKinds.total'),
        n.count(all),
        n.share(all > 0 ? 1 : null),
        n.money(d.overview.amountCents),
        n.share(d.overview.amountCents !== 0 ? 1 : null),
        n.money(d.overview.profitCents),
        n.share(d.overview.profitCents !== 0 ? 1 : null),
      ],
    }),
    ...notes,
  );
}

function listingSection(d: SegmentReportData, t: Translate, n: ReportNumbers): SafeHtml {
  const l = d.listing;
  if (!l) return html``;
  const label = `${t(schemeLabelKey(l.scheme))} ${t(classLabelKey(l.scheme, l.class))}`;
  return section(
    t('reportKinds.segments.classCustomers', { label, count: l.total }),
    table({
      headers: [
        '#',
        t('reportKinds.column.name'),
        t('reportKinds.segments.amount'),
        t('reportKinds.segments.profit'),
        t('reportKinds.segments.purchases'),
        t('reportKinds.segments.lastPurchase'),
        t('reportKinds.column.owner'),
      ],
      numeric: [0, 2, 3, 4],
      empty: t('reportKinds.segments.classEmpty'),
      rows: l.customers.map((c, i) => [
        i + 1,
        c.name,
        n.money(c.amountCents),
        n.money(c.profitCents),
        n.count(c.purchases),
        c.lastPurchaseOn ?? DASH,
        c.ownerName ?? DASH,
      ]),
    }),
    l.total > l.customers.length
      ? note(t('reportKinds.firstOf', { shown: l.customers.length, count: l.total }))
      : html``,
  );
}

function migrationSection(d: SegmentReportData, t: Translate, n: ReportNumbers): SafeHtml {
  const m = d.migration;
  const scheme: ComputedScheme = m.scheme;
  const count = new Map(m.cells.map((c) => [`${c.from ?? ''}>${c.to}`, c.customers]));
  const froms: (string | null)[] = [...m.classes, ...(m.cells.some((c) => c.from === null) ? [null] : [])];
  const label = (cls: string) => t(classLabelKey(scheme, cls));
  return section(
    t('reportKinds.segments.migrationOf', { title: t('segmentsPage.migration'), scheme: t(schemeLabelKey(scheme)) }),
    note(t('segmentsPage.migrationCaption', { from: m.fromDate, to: m.toDate })),
    table({
      headers: [t('segmentsPage.migrationCorner'), ...m.classes.map(label), t('segmentsPage.stability')],
      numeric: m.classes.map((_, i) => i + 1).concat([m.classes.length + 1]),
      empty: t('segmentsPage.migrationIncomplete'),
      rows:
        m.cells.length === 0
          ? []
          : froms.map((from) => {
              const stable = from === null ? undefined : m.stability.find((s) => s.class === from);
              return [
                from === null ? t('segmentsPage.migrationNew') : label(from),
                ...m.classes.map((to) => n.count(count.get(`${from ?? ''}>${to}`) ?? 0)),
                stable && stable.share !== null
                  ? t('segmentsPage.stayed', {
                      share: n.share(stable.share),
                      stayed: n.count(stable.stayed),
                      customers: n.count(stable.customers),
                    })
                  : DASH,
              ];
            }),
    }),
    !m.complete && m.cells.length > 0 ? note(t('segmentsPage.migrationIncomplete')) : html``,
  );
}

export function segmentReportBody(d: SegmentReportData, t: Translate, n: ReportNumbers): SafeHtml {
  const o = d.overview;
  const status =
    o.period && o.computedAt
      ? t('segmentsPage.status', { from: o.period.from, to: o.period.to, computedAt: o.computedAt.slice(0, 10) })
      : t('segmentsPage.neverComputed');
  const schemes = d.schemes
    .map((s) => o[s])
    .filter((s): s is SchemeOverview => s !== undefined)
    .map((s) => schemeTable(d, s, t, n));
  return html`<p class="muted">${status}</p>
    ${o.scoped ? html`<p class="muted">${t('auth.scopedFigures')}</p>` : html``}
    ${o.computedAt && !o.current ? note(t('segmentsPage.pending')) : html``} ${schemes} ${listingSection(d, t, n)}
    ${migrationSection(d, t, n)}`;
}

/** The segment (ABC) table for the branch meeting. */
export const segmentReportKind = reportKind({
  params: segmentReportParams,
  build(db, params, ctx) {
    const data = segmentReportData(db, params, ctx.today);
    return {
      title: ctx.t('reportKinds.segments.title'),
      body: segmentReportBody(data, ctx.t, reportNumbers(ctx.format, ctx.lang)),
    };
  },
});
