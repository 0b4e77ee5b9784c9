import CampaignOutlinedIcon from '@mui/icons-material/CampaignOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import LabelOffOutlinedIcon from '@mui/icons-material/LabelOffOutlined';
import LocalOfferOutlinedIcon from '@mui/icons-material/LocalOfferOutlined';
import PersonOutlineIcon from '@mui/icons-material/PersonOutline';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { CampaignForm } from '../callbacks/CampaignFields';
import type { Input } from '../../../shared/contract';
import type { BulkResult } from '../../../shared/customers/types';
import type { CustomerBulkInput } from '../../../shared/customers/schemas';
import { useSave } from '../api/useSave';
import { CampaignDialog } from '../callbacks/CampaignDialog';
import { CUSTOMER_AND_CALLBACKS_STALE } from '../callbacks/queries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ExportMenu } from '../export/ExportMenu';
import { useI18n } from '../i18n/I18nContext';
import { BulkOwnerDialog, BulkTagDialog } from './BulkDialogs';

type Dialog = 'addTag' | 'removeTag' | 'setOwner' | 'delete' | 'campaign';

interface BulkActionsProps {
  /** How many customers are selected (all the filter matches, or those picked). */
  readonly count: number;
  readonly target: CustomerBulkInput['target'];
  /** The same customers as an export's filter and a campaign's selection. */
  readonly exportFilter: Input<'export.create'>['filter'];
  readonly campaignSelection: CampaignForm['selection'];
  /** After a change: the selection is cleared. */
  readonly onDone: () => void;
}

/** What can be done to the selected customers at once; every change says how many customers it takes. */
export function BulkActions({ count, target, exportFilter, campaignSelection, onDone }: BulkActionsProps) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const undo = useSave({
    channel: 'customers.undoBulkDelete',
    invalidates: CUSTOMER_AND_CALLBACKS_STALE,
    notice: ({ restored }) => t('customers.bulk.restored', { count: restored }),
  });
  const bulk = useSave({
    channel: 'customers.bulk',
    invalidates: CUSTOMER_AND_CALLBACKS_STALE,
    notice: (result: BulkResult, input) => {
      const { action } = input;
      if (action.kind === 'delete')
        return {
          message: t('customers.bulk.deleted', { count: result.changed }),
          severity: 'info',
          action: result.deletedAt
            ? { label: t('action.undo'), onClick: () => void undo.save({ deletedAt: result.deletedAt ?? '' }) }
            : undefined,
        };
      if (action.kind === 'setOwner') return t('customers.bulk.ownerSet', { count: result.changed });
      return t(action.kind === 'addTag' ? 'customers.bulk.tagAdded' : 'customers.bulk.tagRemoved', {
        tag: action.tag,
        count: result.changed,
      });
    },
    onSaved: () => {
      close();
      onDone();
    },
  });
  const run = (action: CustomerBulkInput['action']) => bulk.save({ target, action });

  return (
    <Stack
      role="toolbar"
      aria-label={t('customers.bulk.toolbar')}
      direction="row"
      spacing={0.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
    >
      <Button size="small" startIcon={<LocalOfferOutlinedIcon />} onClick={() => setDialog('addTag')}>
        {t('customers.bulk.addTag')}
      </Button>
      <Button size="small" startIcon={<LabelOffOutlinedIcon />} onClick={() => setDialog('removeTag')}>
        {t('customers.bulk.removeTag')}
      </Button>
      <Button size="small" startIcon={<PersonOutlineIcon />} onClick={() => setDialog('setOwner')}>
        {t('customers.bulk.setOwner')}
      </Button>
      <Button size="small" startIcon={<CampaignOutlinedIcon />} onClick={() => setDialog('campaign')}>
        {t('customers.bulk.campaign')}
      </Button>
      <ExportMenu what="customers" filter={exportFilter} size="small" variant="text" />
      <Button size="small" color="error" startIcon={<DeleteOutlineIcon />} onClick={() => setDialog('delete')}>
        {t('action.delete')}
      </Button>
      {(dialog === 'addTag' || dialog === 'removeTag') && (
        <BulkTagDialog kind={dialog} count={count} run={run} onClose={close} />
      )}
      {dialog === 'setOwner' && <BulkOwnerDialog count={count} run={run} onClose={close} />}
      {dialog === 'campaign' && <CampaignDialog selection={campaignSelection} onClose={close} />}
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('customers.bulk.deleteTitle', { count })}
        body={t('customers.bulk.deleteBody')}
        confirmLabel={t('action.delete')}
        busy={bulk.isPending}
        onConfirm={() => void run({ kind: 'delete' })}
        onClose={close}
      />
    </Stack>
  );
}
