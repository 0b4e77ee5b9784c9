/** Asks before cancelling a campaign, saying how many open call-backs go with it; a reason is required. */
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Campaign } from '../../../shared/callbacks/types';
import { useSave } from '../api/useSave';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useT } from '../i18n/I18nContext';
import { CALLBACKS_STALE } from './queries';

interface CampaignCancelDialogProps {
  readonly campaign: Campaign;
  readonly onClose: () => void;
}

export function CampaignCancelDialog({ campaign, onClose }: CampaignCancelDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const cancelling = useSave({
    channel: 'campaigns.cancel',
    invalidates: CALLBACKS_STALE,
    notice: (result) => t('campaigns.cancelled', { name: result.campaign.name, count: result.cancelled }),
    onSaved: onClose,
  });
  return (
    <ConfirmDialog
      open
      title={t('campaigns.cancelTitle', { name: campaign.name })}
      body={t('campaigns.cancelBody', { count: campaign.open })}
      confirmLabel={t('campaigns.cancelConfirm')}
      busy={cancelling.isPending}
      onConfirm={() => {
        if (reason.trim() === '') setMissing(true);
        else void cancelling.save({ id: campaign.id, reason });
      }}
      onClose={onClose}
    >
      <TextField
        label={t('campaigns.cancelReason')}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        required
        fullWidth
        error={missing}
        helperText={missing ? t('callbacks.reasonMissing') : undefined}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        sx={{ mt: 2 }}
      />
    </ConfirmDialog>
  );
}
