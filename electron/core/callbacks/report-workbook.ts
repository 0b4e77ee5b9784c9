/** The call-back report as a workbook for the branch meeting: one sheet per table of the report. */
import { answerText } from '../../../shared/callbacks/labels';
import type { CallbackReport } from '../../../shared/callbacks/types';
import type { Language } from '../../../shared/i18n/languages';
import { translate, type MessageKey } from '../../../shared/i18n/index';
import { toXlsx, type Sheet } from '../export/write';

/** Percent as a number of percent (78.86), so Excel can sum and chart it; blank when the base is 0. */
const pct = (p: number | null): number | null => p;

function reportSheets(r: CallbackReport, language: Language): Sheet[] {
  const t = (key: MessageKey, params?: Record<string, string | number>): string => translate(language, key, params);
  const open = t('cli.callbacks.report.open');
  const share = `${t('cli.callbacks.col.share')} (%)`;
  const summary: Sheet = {
    name: t('callbacks.report.sheetSummary'),
    headers: [t('callbacks.report.metric'), t('cli.callbacks.col.count')],
    rows: [
      [t('callbacks.report.period'), `${r.from ?? open} – ${r.to ?? open}`],
      ...(r.campaignName ? [[t('callbacks.report.campaign'), r.campaignName] as const] : []),
      [t('cli.callbacks.col.planned'), r.planned],
      [t('cli.callbacks.col.reached'), r.reached],
      [t('cli.callbacks.col.notReached'), r.notReached],
      [t('cli.callbacks.col.pending'), r.pending],
      [`${t('cli.callbacks.col.rate')} (%)`, pct(r.reachRate)],
      [t('callbackState.cancelled'), r.cancelled],
      [t('callbacks.report.attemptsTotal'), r.attempts.total],
      [t('callbacks.report.satisfactionAverage'), r.satisfaction.average],
    ],
  };
  return [
    summary,
    {
      name: t('cli.callbacks.report.notReachedTitle'),
      headers: [t('callbackOutcome.not_reached'), t('cli.callbacks.col.count'), share],
      rows: r.notReachedByReason.map((x) => [t(`notReachedReason.${x.reason}`), x.count, pct(x.percent)]),
    },
    {
      name: t('cli.callbacks.report.answersTitle'),
      headers: [t('callbackOutcome.reached'), t('cli.callbacks.col.count'), share],
      rows: r.answers.map((x) => [
        x.category === null ? t('cli.callbacks.report.noCategory') : answerText(t, x.category, r.answerLabels),
        x.count,
        pct(x.percent),
      ]),
    },
    {
      name: t('cli.callbacks.col.satisfaction'),
      headers: [t('cli.callbacks.col.satisfaction'), t('cli.callbacks.col.count'), share],
      rows: r.satisfaction.distribution.map((x) => [x.score, x.count, pct(x.percent)]),
    },
    {
      name: t('cli.callbacks.report.perStaffTitle'),
      headers: [
        t('cli.callbacks.col.staff'),
        t('cli.callbacks.col.planned'),
        t('cli.callbacks.col.reached'),
        t('cli.callbacks.col.notReached'),
        t('cli.callbacks.col.pending'),
        `${t('cli.callbacks.col.rate')} (%)`,
        t('cli.callbacks.col.satisfaction'),
      ],
      rows: r.perStaff.map((s) => [
        s.staffName ?? s.staffId,
        s.planned,
        s.reached,
        s.notReached,
        s.pending,
        pct(s.reachRate),
        s.satisfactionAverage,
      ]),
    },
  ];
}

export async function reportWorkbook(r: CallbackReport, language: Language): Promise<Buffer> {
  return toXlsx(reportSheets(r, language));
}
