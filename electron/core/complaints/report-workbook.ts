/**
 * The complaint analysis as a workbook for the branch meeting: one sheet per table of the report, then the
 * period's complaints themselves. Cells that hold text stay text (toXlsx), so a customer's words starting with "="
 * are never run as a formula.
 */
import type { ComplaintReport } from '../../../shared/complaints/types';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/index';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { toXlsx, type Sheet } from '../export/write';
import { className } from '../../../shared/segments/labels';
import { listText, type Say } from './events';

interface ListRow {
  receivedAt: string;
  customerName: string;
  channel: string;
  category: string;
  severity: string;
  words: string;
  ownerName: string | null;
  dueOn: string;
  status: string;
  rootCause: string | null;
  countermeasure: string | null;
  satisfaction: number | null;
}

function* listRows(db: Db, r: ComplaintReport, say: Say): Generator<(string | number | null)[]> {
  const rows = stmt(
    db,
    `SELECT k.received_at AS receivedAt, c.name AS customerName, k.channel, k.category, k.severity, k.words,
       s.name AS ownerName, k.due_on AS dueOn, k.status, k.root_cause AS rootCause, k.countermeasure, k.satisfaction
     FROM complaints k JOIN customers c ON c.id = k.customer_id LEFT JOIN staff s ON s.id = k.owner_id
     WHERE k.received_on >= ? AND k.received_on <= ? AND c.deleted_at IS NULL ORDER BY k.received_at`,
  ).iterate(r.from, r.to) as IterableIterator<ListRow>;
  for (const k of rows)
    yield [
      k.receivedAt.slice(0, 16).replace('T', ' '),
      k.customerName,
      say(`complaintChannel.${k.channel as 'phone'}`),
      listText(say, 'complaintCategory', k.category, r.categoryLabels),
      say(`complaintSeverity.${k.severity as 'normal'}`),
      k.words,
      k.ownerName,
      k.dueOn,
      say(`complaintStatus.${k.status as 'open'}`),
      k.rootCause === null ? null : listText(say, 'complaintCause', k.rootCause),
      k.countermeasure,
      k.satisfaction,
    ];
}

function sheets(db: Db, r: ComplaintReport, say: Say): Sheet[] {
  const count = say('complaints.report.count');
  const share = `${say('complaints.report.percent')} (%)`;
  const cumulative = `${say('complaints.report.cumulative')} (%)`;
  const sat = r.satisfaction;
  const satHeaders = [
    say('complaints.report.scores'),
    say('complaints.report.average'),
    `${say('complaints.report.satisfied')} (%)`,
  ];
  return [
    {
      name: say('complaints.report.summary'),
      headers: [say('complaints.report.title', { from: r.from, to: r.to }), count],
      rows: [
        [say('complaints.report.total'), r.total],
        [say('complaints.report.open'), r.open],
        [say('complaints.report.overdue'), r.overdue],
        [say('complaints.report.resolved'), r.resolved],
        [say('complaints.report.closed'), r.closed],
        [say('complaints.report.customers'), r.customers],
        [say('complaints.report.perTenThousand'), r.perTenThousand],
        [
          `${say('complaints.report.firstResponse')}: ${say('complaints.report.medianHours')}`,
          r.firstResponse.medianHours,
        ],
        [
          `${say('complaints.report.firstResponse')}: ${say('complaints.report.withinLimit')} (%)`,
          r.firstResponse.withinLimitPercent,
        ],
        [`${say('complaints.report.resolution')}: ${say('complaints.report.medianHours')}`, r.resolution.medianHours],
        [
          `${say('complaints.report.resolution')}: ${say('complaints.report.withinLimit')} (%)`,
          r.resolution.withinLimitPercent,
        ],
        [`${say('complaints.report.satisfaction')}: ${say('complaints.report.average')}`, sat.average],
        [`${say('complaints.report.satisfaction')}: ${say('complaints.report.satisfied')} (%)`, sat.satisfiedPercent],
      ],
    },
    {
      name: say('complaints.report.byCategory'),
      headers: [say('complaints.report.category'), count, share, cumulative],
      rows: r.byCategory.map((x) => [
        listText(say, 'complaintCategory', x.key, r.categoryLabels),
        x.count,
        x.percent,
        x.cumulativePercent,
      ]),
    },
    {
      name: say('complaints.report.byRootCause'),
      headers: [say('complaints.report.cause'), count, share, cumulative],
      rows: r.byRootCause.map((x) => [listText(say, 'complaintCause', x.key), x.count, x.percent, x.cumulativePercent]),
    },
    {
      name: say('complaints.report.byChannel'),
      headers: [say('complaints.report.channel'), count, share],
      rows: [
        ...r.byChannel.map((x) => [say(`complaintChannel.${x.channel}`), x.count, x.percent]),
        ...r.bySeverity.map((x) => [say(`complaintSeverity.${x.severity}`), x.count, x.percent]),
      ],
    },
    {
      name: say('complaints.report.byOwner'),
      headers: [
        say('complaints.report.owner'),
        count,
        say('complaints.report.open'),
        say('complaints.report.overdue'),
        say('complaints.report.done'),
        `${say('complaints.report.resolution')}: ${say('complaints.report.medianHours')}`,
      ],
      rows: r.byOwner.map((x) => [
        x.staffName ?? x.staffId,
        x.count,
        x.open,
        x.overdue,
        x.done,
        x.medianResolutionHours,
      ]),
    },
    {
      name: say('complaints.report.byMonth'),
      headers: [say('complaints.report.month'), count, say('complaints.report.done'), ...satHeaders],
      rows: r.byMonth.map((x, i) => {
        const s = sat.byMonth[i];
        return [x.month, x.count, x.done, s?.count ?? 0, s?.average ?? null, s?.satisfiedPercent ?? null];
      }),
    },
    {
      name: say('complaints.report.repeat'),
      headers: [say('complaints.report.customer'), count, say('complaints.report.lastReceived')],
      rows: r.repeatComplainers.map((x) => [x.customerName, x.count, x.lastReceivedOn]),
    },
    {
      name: say('complaints.report.satisfaction'),
      headers: [say('complaints.report.score'), ...satHeaders],
      rows: [
        ...sat.distribution.map((x) => [String(x.score), x.count, null, x.percent]),
        [say('complaints.report.fromCallbacks'), sat.fromCallbacks, null, null],
        [say('complaints.report.fromComplaints'), sat.fromComplaints, null, null],
        ...sat.byStaff.map((x) => [
          `${say('complaints.report.staff')}: ${x.staffName ?? say('complaints.report.unassigned')}`,
          x.count,
          x.average,
          x.satisfiedPercent,
        ]),
        ...sat.byCategory.map((x) => [
          `${say('complaints.report.category')}: ${listText(say, 'complaintCategory', x.category, r.categoryLabels)}`,
          x.count,
          x.average,
          x.satisfiedPercent,
        ]),
        ...(sat.bySegment ?? []).map((x) => [
          `${say('complaints.report.segment')}: ${className(say, x.classKey)}`,
          x.count,
          x.average,
          x.satisfiedPercent,
        ]),
      ],
    },
    {
      name: say('complaints.report.list'),
      headers: [
        say('complaints.column.received'),
        say('complaints.column.customer'),
        say('complaints.column.channel'),
        say('complaints.column.category'),
        say('complaints.column.severity'),
        say('complaints.column.words'),
        say('complaints.column.owner'),
        say('complaints.column.due'),
        say('complaints.column.status'),
        say('complaints.column.cause'),
        say('complaints.column.countermeasure'),
        say('complaints.column.satisfaction'),
      ],
      rows: listRows(db, r, say),
    },
  ];
}

export async function complaintWorkbook(db: Db, r: ComplaintReport, language: Language): Promise<Buffer> {
  return toXlsx(sheets(db, r, (key, params) => translate(language, key, params)));
}
