import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import type { Input } from '../../../shared/contract';
import { api } from '../api/client';
import { useFileDownload } from '../hooks/useFileDownload';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../../../shared/i18n/index';

type ExportRequest = Input<'export.create'>;

const FORMATS: readonly {
  readonly label: MessageKey;
  readonly format: 'xlsx' | 'csv';
  readonly encoding: 'utf8' | 'gbk';
}[] = [
  { label: 'export.xlsx', format: 'xlsx', encoding: 'utf8' },
  { label: 'export.csvUtf8', format: 'csv', encoding: 'utf8' },
  { label: 'export.csvGbk', format: 'csv', encoding: 'gbk' },
];

interface ExportMenuProps {
  readonly what: 'customers' | 'transactions';
  /** The customer list's filters; the export holds the same customers as the list. */
  readonly filter?: ExportRequest['filter'];
  readonly label?: string;
  /** Outlined in a page header; text and small in a toolbar. */
  readonly variant?: 'outlined' | 'text';
  readonly size?: 'small' | 'medium';
}

/** An Export button with a menu of formats: Excel, CSV in UTF-8, CSV in GBK for older Excel and WPS. */
export function ExportMenu({ what, filter, label, variant = 'outlined', size = 'medium' }: ExportMenuProps) {
  const { t, language } = useI18n();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { busy, download } = useFileDownload();

  const run = async (format: 'xlsx' | 'csv', encoding: 'utf8' | 'gbk'): Promise<void> => {
    setAnchor(null);
    await download(() => api['export.create']({ what, format, encoding, language, filter }));
  };

  return (
    <>
      <Button
        variant={variant}
        size={size}
        startIcon={busy ? <CircularProgress size={14} color="inherit" /> : <FileDownloadOutlinedIcon />}
        disabled={busy}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {label ?? t('export.button')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {what === 'customers' && filter && (
          <ListSubheader sx={{ lineHeight: 2.5, fontSize: '0.8rem' }}>{t('export.scope')}</ListSubheader>
        )}
        {FORMATS.map(({ label: key, format, encoding }) => (
          <MenuItem key={key} onClick={() => void run(format, encoding)}>
            {t(key)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
