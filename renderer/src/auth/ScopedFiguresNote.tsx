/** Said on a report or statistics page whose figures the core limited to a staff member's own and unassigned customers. */
import Alert from '@mui/material/Alert';
import { useI18n } from '../i18n/I18nContext';

export function ScopedFiguresNote({ scoped }: { readonly scoped: boolean | undefined }) {
  const { t } = useI18n();
  if (!scoped) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {t('auth.scopedFigures')}
    </Alert>
  );
}
