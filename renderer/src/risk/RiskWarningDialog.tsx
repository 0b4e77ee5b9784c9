import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { isMessageKey } from '../../../shared/i18n/index';
import type { DossierError } from '../../../shared/result';
import { errorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';

/** Whether the core refused a purchase for its risk (风险匹配): above the level, expired or no assessment. */
export const isRiskRefusal = (error: DossierError): boolean => error.code.startsWith('risk.');

interface RiskWarningDialogProps {
  /** The refusal, with the product's rating, the customer's level and the expiry in its details. */
  readonly error: DossierError;
  readonly busy: boolean;
  /** Saves again with the reason. */
  readonly onGoOn: (reason: string) => void;
  readonly onClose: () => void;
}

/** Says why the purchase was stopped; going on needs a reason, which is recorded with the purchase. */
export function RiskWarningDialog({ error, busy, onGoOn, onClose }: RiskWarningDialogProps) {
  const t = useT();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const detail = `${error.code}.detail`;
  const message = isMessageKey(detail) ? t(detail, error.details) : errorMessage(t, error);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') setMissing(true);
          else onGoOn(reason.trim());
        }}
      >
        <DialogTitle id={titleId}>{t('risk.warning.title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {message}
          </Alert>
          <DialogContentText sx={{ mb: 2 }}>{t('risk.warning.goOnHint')}</DialogContentText>
          <TextField
            label={t('risk.overrideReason')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? t('risk.reasonRequired') : undefined}
            required
            fullWidth
            multiline
            minRows={2}
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" color="warning" disabled={busy}>
            {t('risk.goOn')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
