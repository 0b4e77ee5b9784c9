import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nContext';

export function CallbacksPage() {
  const t = useT();
  return <PageHeader title={t('nav.callbacks')} />;
}
