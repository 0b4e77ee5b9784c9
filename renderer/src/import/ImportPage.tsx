import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink, useLocation } from 'react-router';
import { ExportMenu } from '../export/ExportMenu';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nContext';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';

/** Routes /import (the wizard) and /import/history (past imports, each undoable). */
export function ImportPage() {
  const t = useT();
  const { pathname } = useLocation();
  const tab = pathname.startsWith('/import/history') ? 'history' : 'wizard';

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        actions={<ExportMenu what="transactions" label={t('export.transactions')} />}
      />
      <Tabs value={tab} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="wizard" label={t('import.tab.wizard')} component={RouterLink} to="/import" />
        <Tab value="history" label={t('import.tab.history')} component={RouterLink} to="/import/history" />
      </Tabs>
      {tab === 'wizard' ? <ImportWizard /> : <ImportHistory />}
    </Box>
  );
}
