import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SatisfactionFigures, SatisfactionReport } from '../../../shared/complaints/types';
import { FigureTiles } from '../callbacks/FigureTiles';
import { averageLabel, percentLabel } from '../callbacks/reportNumbers';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { useCategoryLabel } from './useCategoryLabel';
import { className } from '../../../shared/segments/labels';
import { ChartFigure, ColumnsChart, TrendChart, type TableRowData } from './ReportCharts';

const GRID = {
  display: 'grid',
  gap: 2.5,
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'repeat(2, minmax(0, 1fr))' },
};

/** Satisfaction (满意度) from call-backs and complaint follow-ups: distribution, average, share satisfied, breakdowns. */
export function SatisfactionSection({ satisfaction: s }: { readonly satisfaction: SatisfactionReport }) {
  const { t, format, language } = useI18n();
  const category = useCategoryLabel();
  const n = format.number;
  const avg = (v: number | null): string => averageLabel(t, language, v);
  const pct = (v: number | null): string => percentLabel(t, language, v);
  const figureColumns = (first: string) => [
    { header: first },
    { header: t('complaints.report.scores'), numeric: true },
    { header: t('complaints.report.average'), numeric: true },
    { header: t('complaints.report.satisfied'), numeric: true },
  ];
  const figureRow = (key: string, label: string, f: SatisfactionFigures): TableRowData => ({
    key,
    cells: [label, n(f.count), avg(f.average), pct(f.satisfiedPercent)],
  });
  const averages = (rows: readonly { readonly label: string; readonly f: SatisfactionFigures }[]) => (
    <ColumnsChart
      labels={rows.map((r) => r.label)}
      series={[{ label: t('complaints.report.average'), data: rows.map((r) => r.f.average ?? 0) }]}
    />
  );
  const staff = s.byStaff.map((x) => ({ key: x.staffId ?? '-', label: staffLabel(t, x.staffName), f: x }));
  const categories = s.byCategory.map((x) => ({ key: x.category, label: category(x.category), f: x }));
  const segments = (s.bySegment ?? []).map((x) => ({ key: x.classKey, label: className(t, x.classKey), f: x }));

  return (
    <Box component="section" aria-labelledby="satisfaction-title">
      <Typography id="satisfaction-title" variant="h2" sx={{ mb: 1.5 }}>
        {t('complaints.report.satisfaction')}
      </Typography>
      <Box sx={{ mb: 2.5 }}>
        <FigureTiles
          figures={[
            {
              key: 'average',
              label: t('complaints.report.average'),
              value: avg(s.average),
              note: t('complaintReport.scoresNote', { count: s.count }),
              tone: 'primary',
            },
            { key: 'satisfied', label: t('complaints.report.satisfied'), value: pct(s.satisfiedPercent) },
            { key: 'fromCallbacks', label: t('complaints.report.fromCallbacks'), value: n(s.fromCallbacks) },
            { key: 'fromComplaints', label: t('complaints.report.fromComplaints'), value: n(s.fromComplaints) },
          ]}
        />
      </Box>
      <Box sx={GRID}>
        <ChartFigure
          title={t('complaintReport.distribution')}
          chart={
            <ColumnsChart
              labels={s.distribution.map((d) => t('complaintReport.scoreLabel', { score: d.score }))}
              series={[{ label: t('complaints.report.count'), data: s.distribution.map((d) => d.count) }]}
            />
          }
          columns={[
            { header: t('complaints.report.score') },
            { header: t('complaints.report.count'), numeric: true },
            { header: t('complaints.report.percent'), numeric: true },
          ]}
          rows={
            s.count === 0
              ? []
              : s.distribution.map((d) => ({
                  key: String(d.score),
                  cells: [t('complaintReport.scoreLabel', { score: d.score }), n(d.count), pct(d.percent)],
                }))
          }
          emptyText={t('complaintReport.noScores')}
        />
        <ChartFigure
          title={t('complaintReport.satisfactionTrend')}
          chart={
            <TrendChart
              labels={s.byMonth.map((m) => m.month)}
              data={s.byMonth.map((m) => m.average)}
              max={5}
              label={t('complaints.report.average')}
            />
          }
          columns={figureColumns(t('complaints.report.month'))}
          rows={s.count === 0 ? [] : s.byMonth.map((m) => figureRow(m.month, m.month, m))}
          emptyText={t('complaintReport.noScores')}
        />
        <ChartFigure
          wide
          title={t('complaintReport.satisfactionByStaff')}
          chart={averages(staff)}
          columns={figureColumns(t('complaints.report.staff'))}
          rows={staff.map((x) => figureRow(x.key, x.label, x.f))}
          emptyText={t('complaintReport.noScores')}
        />
        <ChartFigure
          title={t('complaintReport.satisfactionByCategory')}
          chart={averages(categories)}
          columns={figureColumns(t('complaints.report.category'))}
          rows={categories.map((x) => figureRow(x.key, x.label, x.f))}
          emptyText={t('complaintReport.noScores')}
        />
        <ChartFigure
          title={`${t('complaintReport.satisfactionBySegment')} · ${t(`scheme.${s.segmentScheme}`)}`}
          chart={averages(segments)}
          columns={figureColumns(t('complaints.report.segment'))}
          rows={segments.map((x) => figureRow(x.key, x.label, x.f))}
          emptyText={t(s.bySegment === null ? 'complaintReport.noSegments' : 'complaintReport.noScores')}
        />
      </Box>
    </Box>
  );
}
