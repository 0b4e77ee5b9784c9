/**
 * Corrects a running campaign: name, purpose, priority, notes, dates and daily cap; its open call-backs follow. Who
 * calls is changed beside it (CampaignStaffDialog), opened from here.
 */
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { campaignUpdateInput, type CampaignUpdateValues } from '../../../shared/callbacks/schemas';
import type { Campaign } from '../../../shared/callbacks/types';
import { DossierError } from '../../../shared/result';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors, issueErrorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { PurposePriorityFields } from './PurposePriorityFields';
import { CALLBACKS_STALE } from './queries';

type CampaignEditForm = z.input<typeof campaignUpdateInput>;
const FIELDS = ['name', 'purpose', 'priority', 'notes', 'fromOn', 'toOn', 'perDayCap'] as const;
const toCap = (raw: string): number => (raw.trim() === '' ? Number.NaN : Number(raw));

interface CampaignEditDialogProps {
  readonly campaign: Campaign;
  readonly onClose: () => void;
  /** Opens who calls for the campaign, to hand call-backs over. */
  readonly onStaff: () => void;
}

export function CampaignEditDialog({ campaign, onClose, onStaff }: CampaignEditDialogProps) {
  const t = useT();
  const form = useForm<CampaignEditForm, unknown, CampaignUpdateValues>({
    resolver: zodResolver(campaignUpdateInput),
    mode: 'onTouched',
    defaultValues: {
      id: campaign.id,
      name: campaign.name,
      purpose: campaign.purpose,
      priority: campaign.priority,
      notes: campaign.notes ?? '',
      fromOn: campaign.fromOn,
      toOn: campaign.toOn,
      perDayCap: campaign.perDayCap,
    },
  });
  const { control } = form;
  const saving = useSave({
    channel: 'campaigns.update',
    invalidates: CALLBACKS_STALE,
    notice: (result) => t('campaigns.saved', { name: result.campaign.name }),
    onSaved: onClose,
    onFailed: (error) => {
      // The range would leave open call-backs outside it: said under the end date, with how many.
      const issue = error instanceof DossierError ? error.issues[0] : undefined;
      if (issue?.code === 'campaigns.rangeLeavesOpen') {
        form.setError('toOn', { message: issueErrorMessage(t, error) });
        return true;
      }
      return applyFieldErrors(t, error, form.setError, FIELDS);
    },
  });

  return (
    <FormDialog
      title={t('campaigns.editTitle')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
      extraAction={
        <Button startIcon={<GroupsOutlinedIcon />} onClick={onStaff} sx={{ mr: 'auto' }}>
          {t('campaigns.staffButton')}
        </Button>
      }
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('campaigns.editHint')}
      </Alert>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField control={control} name="name" label={t('campaigns.name')} required autoFocus />
        </Grid>
        <PurposePriorityFields control={control} fullWidth />
        <Grid size={12}>
          <FormTextField control={control} name="notes" label={t('campaigns.notes')} multiline minRows={2} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <FormTextField control={control} name="fromOn" label={t('campaigns.fromOn')} type="date" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <FormTextField control={control} name="toOn" label={t('campaigns.toOn')} type="date" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <FormTextField
            control={control}
            name="perDayCap"
            label={t('campaigns.perDayCap')}
            type="number"
            required
            parse={toCap}
            slotProps={{ htmlInput: { min: 1, max: 500, step: 1 } }}
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
