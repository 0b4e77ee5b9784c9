import AddIcon from '@mui/icons-material/Add';
import FileUploadOutlinedIcon from '@mui/icons-material/FileUploadOutlined';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { CUSTOMERS_STALE } from '../api/queries';
import { useSave } from '../api/useSave';
import { CALLBACKS_STALE } from '../callbacks/queries';
import { useI18n } from '../i18n/I18nContext';

/** What a new branch sees on an empty customer list: bring its own list in, add a first customer, or try demo data. */
export function FirstSteps() {
  const { t } = useI18n();
  const demo = useSave({
    channel: 'demo.seed',
    invalidates: [...CUSTOMERS_STALE, ...CALLBACKS_STALE],
    notice: (r) => t('demo.added', { customers: r.customers, callbacks: r.callbacks }),
  });
  return (
    <Stack
      spacing={2}
      sx={{ p: 4, alignItems: 'center', textAlign: 'center' }}
      role="region"
      aria-label={t('demo.firstSteps')}
    >
      <Typography variant="h6" component="p">
        {t('customers.empty')}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 560 }}>
        {t('demo.hint')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <Button variant="contained" component={RouterLink} to="/import" startIcon={<FileUploadOutlinedIcon />}>
          {t('demo.importList')}
        </Button>
        <Button variant="outlined" component={RouterLink} to="/customers/new" startIcon={<AddIcon />}>
          {t('action.newCustomer')}
        </Button>
        <Button
          variant="text"
          startIcon={<ScienceOutlinedIcon />}
          disabled={demo.isPending}
          onClick={() => void demo.save({})}
        >
          {t('demo.add')}
        </Button>
      </Stack>
    </Stack>
  );
}
