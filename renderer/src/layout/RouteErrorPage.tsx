import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRouteError } from 'react-router';
import { errorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';

/** What a page that crashed shows instead of a blank window. */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  return (
    <Box sx={{ p: 4, maxWidth: 720 }}>
      <Alert severity="error" sx={{ mb: 2 }}>
        {errorMessage(t, error)}
      </Alert>
      <Button variant="outlined" href="#/">
        {t('action.backToList')}
      </Button>
    </Box>
  );
}
