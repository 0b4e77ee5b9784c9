/**
 * "Print" on a page that has a printable report (the call-back report, the segments page, the complaint analysis,
 * the customer list): opens the report's print preview with the page's own filters.
 */
import PrintOutlinedIcon from '@mui/icons-material/PrintOutlined';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/I18nContext';

/** The preview page's address: the kind and its parameters as text (empty ones left out). */
function previewPath(kind: string, params: Readonly<Record<string, string | null | undefined>>): string {
  const search = new URLSearchParams({ kind });
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return `/reports/preview?${search.toString()}`;
}

export function PrintReportButton({
  kind,
  params,
  disabled = false,
}: {
  readonly kind: 'callbacks' | 'segments' | 'complaints' | 'list';
  readonly params: Readonly<Record<string, string | null | undefined>>;
  readonly disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Button
      variant="outlined"
      startIcon={<PrintOutlinedIcon />}
      component={RouterLink}
      to={previewPath(kind, params)}
      disabled={disabled}
    >
      {t('reportKinds.print')}
    </Button>
  );
}
