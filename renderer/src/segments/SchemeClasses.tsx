import { useTheme } from '@mui/material/styles';
import type { Scheme } from '../../../shared/segments/classes';
import type { SchemeOverview } from '../../../shared/segments/types';
import { CountBarChart } from '../components/CountBarChart';
import { useI18n } from '../i18n/I18nContext';
import { classLabel, classListPath, shareLabel } from './labels';

/** Colours of the classes, best first, so A, core and stable read alike across schemes. */
export function useClassColors(): readonly string[] {
  const { palette } = useTheme();
  return [
    palette.primary.main,
    palette.primary.light,
    palette.info.main,
    palette.info.light,
    palette.secondary.main,
    palette.secondary.light,
    palette.warning.main,
    palette.warning.light,
    palette.grey[500],
  ];
}

/**
 * The classes of one scheme as bars with their table: customers, share of customers, of revenue and of profit. Each
 * bar and row opens the customer list filtered to exactly that class.
 */
export function SchemeClasses({ overview, title }: { readonly overview: SchemeOverview; readonly title: string }) {
  const { t, format, language } = useI18n();
  const colors = useClassColors();
  const total = overview.classes.reduce((sum, c) => sum + c.customers, 0);
  const scheme: Scheme = overview.scheme;
  return (
    <CountBarChart
      side
      title={title}
      labelHeader={t('segmentsPage.class')}
      countHeader={t('segmentsPage.customers')}
      shareHeader={t('segmentsPage.customerShare')}
      extraHeaders={[t('segmentsPage.revenueShare'), t('segmentsPage.profitShare')]}
      base={Math.max(...overview.classes.map((c) => c.customers), 1)}
      bars={overview.classes.map((c, i) => ({
        key: c.class,
        label: classLabel(t, scheme, c.class),
        count: c.customers,
        countText: format.number(c.customers),
        shareText: total > 0 ? shareLabel(language, c.customers / total) : t('common.empty'),
        extra: [shareLabel(language, c.revenueShare), shareLabel(language, c.profitShare)],
        to: classListPath(scheme, c.class),
        color: colors[i] ?? colors[colors.length - 1],
      }))}
    />
  );
}
