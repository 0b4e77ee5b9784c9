import Alert from '@mui/material/Alert';
import { errorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';

/** A failed load, said in the active language, where the content would have been. */
export function QueryError({ error }: { readonly error: unknown }) {
  const t = useT();
  return <Alert severity="error">{errorMessage(t, error)}</Alert>;
}
