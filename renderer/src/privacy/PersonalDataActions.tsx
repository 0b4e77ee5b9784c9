/**
 * On the customer page, in a "more" menu beside the page's buttons (they fit a 1024-pixel window in either
 * language): export the customer's whole file, and (managers) erase them for good after typing the name.
 */
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
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
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const exportAs = (format: 'xlsx' | 'json') => {
    setMenu(null);
    void exportFile.save({ id: customer.id, format, language });
  };
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
      <Tooltip title={t('privacy.more')}>
        <IconButton
          aria-label={t('privacy.more')}
          aria-haspopup="menu"
          aria-expanded={menu !== null}
          onClick={(e) => setMenu(e.currentTarget)}
        >
          <MoreVertIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => exportAs('xlsx')}>{t('privacy.exportXlsx')}</MenuItem>
        <MenuItem onClick={() => exportAs('json')}>{t('privacy.exportJson')}</MenuItem>
        {isManager && <Divider />}
        {isManager && (
          <MenuItem
            sx={{ color: 'error.main' }}
            onClick={() => {
              setMenu(null);
              setErasing(true);
            }}
          >
            {t('privacy.erase')}
          </MenuItem>
        )}
      </Menu>
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
