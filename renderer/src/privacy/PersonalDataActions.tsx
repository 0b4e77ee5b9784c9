/** On the customer page: export the customer's whole file, and (managers) erase them for good after typing the name. */
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Customer } from '../../../shared/customers/types';
import { useSave } from '../api/useSave';
import { useSignedIn } from '../auth/useSignedIn';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { saveDownload } from '../download';
import { useI18n } from '../i18n/I18nContext';

export function PersonalDataActions({ customer }: { readonly customer: Customer }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { isManager } = useSignedIn();
  const [erasing, setErasing] = useState(false);
  const [typed, setTyped] = useState('');
  const exportFile = useSave({
    channel: 'privacy.export',
    notice: () => t('privacy.exported', { name: customer.name }),
    onSaved: saveDownload,
  });
  const erase = useSave({
    channel: 'privacy.erase',
    invalidates: [['customers'], ['callbacks'], ['audit']],
    notice: (done) => t('privacy.erased', { name: done.name }),
    onSaved: () => void navigate('/'),
  });
  return (
    <>
      <Button variant="outlined" onClick={() => void exportFile.save({ id: customer.id, format: 'xlsx', language })}>
        {t('privacy.exportXlsx')}
      </Button>
      <Button variant="outlined" onClick={() => void exportFile.save({ id: customer.id, format: 'json', language })}>
        {t('privacy.exportJson')}
      </Button>
      {isManager && (
        <Button variant="contained" color="error" onClick={() => setErasing(true)}>
          {t('privacy.erase')}
        </Button>
      )}
      <ConfirmDialog
        open={erasing}
        title={t('privacy.eraseTitle', { name: customer.name })}
        body={t('privacy.eraseWarning')}
        confirmLabel={t('privacy.erase')}
        busy={erase.isPending || typed.trim() !== customer.name.trim()}
        onConfirm={() => void erase.save({ id: customer.id, confirm: typed })}
        onClose={() => {
          setErasing(false);
          setTyped('');
        }}
      >
        <TextField
          label={t('privacy.eraseConfirm')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={customer.name}
          fullWidth
          sx={{ mt: 2 }}
        />
      </ConfirmDialog>
    </>
  );
}
