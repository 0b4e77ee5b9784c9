/** What a row duplicates: a customer (linked, with the keys that matched) or an earlier row of the file. */
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { isMessageKey } from '../../../shared/i18n/index';
import type { PreviewRow } from '../../../shared/import/types';
import { useI18n } from '../i18n/I18nContext';

export function DuplicateNote({ duplicate }: { readonly duplicate: NonNullable<PreviewRow['duplicate']> }) {
  const { t } = useI18n();
  if (duplicate.reasons.includes('inFile'))
    return (
      <Typography variant="body2">{t('import.duplicateInFile', { row: duplicate.name.replace(/^#/, '') })}</Typography>
    );
  const reasons = duplicate.reasons
    .map((r) => {
      const key = `duplicateReason.${r}`;
      return isMessageKey(key) ? t(key) : r;
    })
    .join(t('common.listSeparator'));
  return (
    <Typography variant="body2">
      {t('import.duplicateOf', { reasons })}{' '}
      <Link component={RouterLink} to={`/customers/${duplicate.id}`}>
        {duplicate.name}
      </Link>
    </Typography>
  );
}
