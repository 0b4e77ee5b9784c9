import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nContext';

export function CallbackReportPage() {
  const t = useT();
  return <PageHeader title={t('nav.callbackReport')} />;
}
