/**
 * The customer analysis report (客户分析报告) laid out section by section as the branch template has it (DOMAIN.md
 * §4): purpose, basic information, relationship, business, classes with reasons, call-backs, complaints, and the
 * judgement sections written in the app, then the signature block. The figures come from customer-report.ts.
 */
import { pulledLabel } from '../../../shared/hq/labels';
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index';
import { customerReportParams } from '../../../shared/reports/schemas';
import { reasonText, type ReasonScheme } from '../../../shared/segments/reason-text';
import { classLabelKey, schemeLabelKey } from '../../../shared/segments/labels';
import { groupedBarChart } from './charts';
import { customerReportData, LISTED_ROWS, type CustomerReportData } from './customer-report';
import { factsTable, reportTable, section, signatureBlock, writtenText, type ReportColumn } from './document';
import { html, type SafeHtml } from './html';
import { reportKind, type ReportContext } from './report-kind';

const SCHEMES: readonly ReasonScheme[] = ['abc', 'rfm', 'frequency', 'value', 'lifecycle'];

/** A stored vocabulary value in words: `complaintCategory.fees` → 收费/价格; a branch's own value as it is. */
function word(ctx: ReportContext, prefix: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? ctx.t(key) : value;
}

function basicSection(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format } = ctx;
  const c = d.customer;
  const idText = c.idNumber
    ? [c.idType ? word(ctx, 'idType', c.idType) : '', format.idNumber(c.idNumber)].filter(Boolean).join(' ')
    : null;
  const facts = factsTable([
    [t('reports.field.name'), c.name],
    [t('reports.field.kind'), t(c.kind === 'company' ? 'kind.company' : 'kind.person')],
    [t('reports.field.gender'), c.gender && c.gender !== 'unknown' ? word(ctx, 'gender', c.gender) : null],
    [t('reports.field.birthDate'), c.birthDate ? format.date(c.birthDate) : null],
    [t('reports.field.mobile'), format.phone(c.mobile)],
    [t('reports.field.phone'), format.phone(c.phone)],
    [t('reports.field.email'), c.email],
    [t('reports.field.idNumber'), idText],
    [t('reports.field.employer'), c.employer],
    [t('reports.field.position'), c.position],
    [t('reports.field.industry'), c.industry],
    [t('reports.field.headcount'), c.headcount === null ? null : format.number(c.headcount)],
    [t('reports.field.region'), c.region],
    [t('reports.field.address'), c.address],
    [t('reports.field.source'), word(ctx, 'source', c.source)],
    [t('reports.field.owner'), c.ownerName],
    [t('reports.field.tags'), c.tags.join('、')],
  ]);
  const contacts =
    d.contacts.length === 0
      ? html``
      : html`<h3>${t('reports.customer.contacts')}</h3>
          ${reportTable(
            [
              { label: t('reports.field.name') },
              { label: t('reports.field.position') },
              { label: t('reports.field.role') },
              { label: t('reports.field.mobile') },
              { label: t('reports.field.email') },
            ],
            d.contacts.map((p) => [p.name, p.title, word(ctx, 'contactRole', p.role), format.phone(p.mobile), p.email]),
          )}`;
  return section(t('reports.customer.basic'), html`${facts}${contacts}`);
}

function relationshipSection(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format } = ctx;
  const facts = factsTable([
    [t('reports.field.firstContact'), format.date(d.firstContactOn)],
    [t('reports.field.firstPurchase'), d.firstPurchaseOn ? format.date(d.firstPurchaseOn) : t('reports.none')],
    [t('reports.field.lastPurchase'), d.lastPurchaseOn ? format.date(d.lastPurchaseOn) : null],
    [t('reports.field.visits'), format.number(d.visits)],
    [t('reports.field.complaints'), format.number(d.complaintCount)],
  ]);
  const months = Array.from({ length: 12 }, (_, i) => t('reports.field.month', { month: i + 1 }));
  const yuan = (fen: number) => (fen === 0 ? '' : format.number(Math.round(fen / 100)));
  const monthly =
    d.byYear.length === 0
      ? html``
      : html`<h3>${t('reports.customer.monthly')}</h3>
          ${reportTable(
            [
              { label: t('reports.field.year') },
              ...months.map((label): ReportColumn => ({ label, align: 'num' })),
              { label: t('reports.field.total'), align: 'num' },
            ],
            d.byYear.map((y) => [String(y.year), ...y.months.map(yuan), format.number(Math.round(y.totalCents / 100))]),
          )}${groupedBarChart(
            months,
            d.byYear.slice(-3).map((y) => ({ name: String(y.year), values: y.months.map((fen) => fen / 100) })),
            { title: t('reports.customer.monthlyChart'), format: (n) => format.number(n) },
          )}`;
  const visits =
    d.recentVisits.length === 0
      ? html``
      : html`<h3>${t('reports.customer.interactions')}</h3>
          ${reportTable(
            [
              { label: t('reports.field.when') },
              { label: t('reports.field.kindOf') },
              { label: t('reports.field.staff') },
              { label: t('reports.field.summary') },
            ],
            d.recentVisits.map((v) => [
              format.date(v.occurredAt),
              word(ctx, 'interactionKind', v.kind),
              v.staffName,
              v.summary,
            ]),
          )}`;
  return section(t('reports.customer.relationship'), html`${facts}${monthly}${visits}`);
}

function businessSection(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format } = ctx;
  const facts = factsTable([
    [t('reports.field.purchases'), t('reports.customer.count', { count: d.purchases })],
    [t('reports.field.amount'), format.money(d.amountCents)],
    [t('reports.field.profit'), d.profitCents === null ? null : format.money(d.profitCents)],
    [t('reports.field.averageOrder'), d.averageOrderCents === null ? null : format.money(d.averageOrderCents)],
    [
      t('reports.field.payment'),
      d.channels.map((c) => `${c.channel} (${format.number(c.purchases)})`).join('、') || null,
    ],
  ]);
  const products = reportTable(
    [
      { label: t('reports.field.product') },
      { label: t('reports.field.purchases'), align: 'num' },
      { label: t('reports.field.amount'), align: 'num' },
      { label: t('reports.field.profit'), align: 'num' },
    ],
    d.products.map((p) => [
      p.product,
      format.number(p.purchases),
      format.money(p.amountCents),
      p.profitCents === null ? '' : format.money(p.profitCents),
    ]),
    t('reports.none'),
  );
  return section(
    t('reports.customer.business'),
    html`${facts}
      <h3>${t('reports.customer.products')}</h3>
      ${products}`,
  );
}

function classesSection(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format, lang } = ctx;
  const s = d.segments;
  if (!s.classes || !s.reasons || !s.period)
    return section(t('reports.customer.classes'), html`<p class="empty">${t('reports.customer.classesNotYet')}</p>`);
  const period = t('segmentsPage.range', { from: format.date(s.period.from), to: format.date(s.period.to) });
  const words = { t, language: lang, format: { money: format.money, number: format.number } };
  const classes = s.classes;
  const reasons = s.reasons;
  return section(
    t('reports.customer.classes'),
    reportTable(
      [
        { label: t('reports.field.scheme'), align: 'short' },
        { label: t('reports.field.class'), align: 'short' },
        { label: t('reports.field.reason') },
      ],
      SCHEMES.map((scheme) => [
        t(schemeLabelKey(scheme)),
        t(classLabelKey(scheme, classes[scheme])),
        reasonText(words, scheme, reasons, classes, period),
      ]),
    ),
  );
}

function callbacksSection(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format } = ctx;
  const outcome = (c: CustomerReportData['callbacks'][number]) =>
    [
      word(ctx, 'callbackState', c.state),
      c.notReachedReason ? word(ctx, 'notReachedReason', c.notReachedReason) : '',
      c.satisfaction ? '★'.repeat(c.satisfaction) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  return section(
    t('reports.customer.callbacks'),
    html`${reportTable(
      [
        { label: t('reports.field.due'), align: 'short' },
        { label: t('reports.field.purpose'), align: 'short' },
        { label: t('reports.field.state'), align: 'short' },
        { label: t('reports.field.staff'), align: 'short' },
        { label: t('reports.field.notes') },
      ],
      d.callbacks.map((c) => [
        format.date(c.dueOn),
        word(ctx, 'callbackPurpose', c.purpose),
        outcome(c),
        c.staffName,
        c.notes,
      ]),
      t('reports.none'),
    )}${more(ctx, d.callbackCount)}`,
  );
}

function complaintsSection(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format } = ctx;
  // A category pulled from head office by the name it gave.
  const category = (code: string): string => {
    const pulled = d.complaintLabels[code];
    return pulled ? pulledLabel(t, pulled) : word(ctx, 'complaintCategory', code);
  };
  return section(
    t('reports.customer.complaints'),
    html`${reportTable(
      [
        { label: t('reports.field.received'), align: 'short' },
        { label: t('reports.field.category'), align: 'short' },
        { label: t('reports.field.status'), align: 'short' },
        { label: t('reports.field.summary') },
      ],
      d.complaints.map((c) => [
        format.date(c.receivedOn),
        category(c.category),
        word(ctx, 'complaintStatus', c.status),
        c.countermeasure ? `${c.words}\n→ ${c.countermeasure}` : c.words,
      ]),
      t('reports.none'),
    )}${more(ctx, d.complaintCount)}`,
  );
}

/** "20 of 34 entries" under a list that was cut. */
function more(ctx: ReportContext, count: number): SafeHtml {
  return count > LISTED_ROWS
    ? html`<p class="muted">
        ${ctx.format.number(LISTED_ROWS)} / ${ctx.t('reports.customer.interactionsCount', { count })}
      </p>`
    : html``;
}

function customerReportBody(d: CustomerReportData, ctx: ReportContext): SafeHtml {
  const { t, format } = ctx;
  const texts = d.draft?.texts;
  const judgement = (title: MessageKey, text: string | undefined, help?: MessageKey) =>
    section(
      t(title),
      html`${help ? html`<p class="muted">${t(help)}</p>` : ''}${writtenText(text, t('reports.notWritten'))}`,
    );
  const reviewed = d.draft?.status === 'reviewed';
  return html` <p class="meta">
      <span>${t('reports.field.owner')}: ${d.customer.ownerName ?? ''}</span
      ><span>${t('reports.date')}: ${format.date(ctx.today)}</span>
    </p>
    ${judgement('reports.customer.purpose', texts?.purpose)} ${basicSection(d, ctx)} ${relationshipSection(d, ctx)}
    ${businessSection(d, ctx)} ${classesSection(d, ctx)} ${callbacksSection(d, ctx)} ${complaintsSection(d, ctx)}
    ${judgement('reports.customer.analysis', texts?.analysis)}
    ${judgement('reports.customer.assessment', texts?.assessment, 'reports.customer.assessmentHelp')}
    ${judgement('reports.customer.revision', texts?.revision)}
    ${signatureBlock(t, {
      preparedBy: d.draft?.preparedByName ?? null,
      reviewedBy: reviewed ? d.draft?.reviewedByName : null,
      date: format.date(reviewed && d.draft?.reviewedAt ? d.draft.reviewedAt : ctx.today),
    })}`;
}

export const customerReport = reportKind({
  params: customerReportParams,
  build(db, params, ctx) {
    const data = customerReportData(db, params.customerId, params.draftId);
    return {
      title: ctx.t('reports.customer.titleFor', { name: data.customer.name }),
      body: customerReportBody(data, ctx),
      subjectId: data.customer.id,
    };
  },
});
