import Alert from '@mui/material/Alert';
import { DossierError } from '../../../shared/result';
import { errorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';

/** A failed head-office read; PostgreSQL out of reach is said with its reason. */
export function HqError({ error }: { readonly error: unknown }) {
  const t = useT();
  const text =
    error instanceof DossierError && error.code === 'hq.unreachable'
      ? t('error.hq.unreachable', { reason: String(error.details.reason ?? error.message) })
      : errorMessage(t, error);
  return <Alert severity="error">{text}</Alert>;
}
