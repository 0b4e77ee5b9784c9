import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useT } from '../i18n/I18nContext';

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h1">{t('notFound.title')}</Typography>
      <Button variant="outlined" component={RouterLink} to="/">
        {t('action.backToList')}
      </Button>
    </Stack>
  );
}
