import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { campaignInput, type CampaignValues } from '../../../shared/callbacks/schemas';
import type { CampaignPreview as Preview } from '../../../shared/callbacks/types';
import { localDate } from '../../../shared/rules/calendar';
import type { Staff } from '../../../shared/staff/types';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { applyFieldErrors } from '../errors';
import { shiftDay } from '../i18n/format';
import { useI18n, useT } from '../i18n/I18nContext';
import { useErrorNotice } from '../notify/useErrorNotice';
import { CampaignFields, noSelection, type CampaignForm } from './CampaignFields';
import { CampaignPreview } from './CampaignPreview';
import { CALLBACKS_STALE } from './queries';

const FIELDS = [
  'name',
  'purpose',
  'priority',
  'notes',
  'fromOn',
  'toOn',
  'staffIds',
  'perDayCap',
  'selection.customerIds',
] as const satisfies readonly Path<CampaignForm>[];

/** Two weeks of working days is what branches usually give a campaign. */
const DEFAULT_DAYS = 13;
const DEFAULT_CAP = 20;

// An empty or unreadable cap reaches the schema as NaN; say what a cap must be, not zod's words.
const resolver = zodResolver(campaignInput, {
  error: (issue) => (issue.code === 'invalid_type' && issue.expected === 'number' ? 'campaigns.capInvalid' : undefined),
});

/** Who calls by default: the named staff; the unnamed default member only when nobody else is set up. */
const callers = (staff: readonly Staff[]): readonly Staff[] => {
  const named = staff.filter((s) => !s.isDefault);
  return named.length > 0 ? named : staff;
};

interface CampaignDialogProps {
  /** Customers chosen before the dialog opens (picked on the customer list, or its filter). */
  readonly selection?: CampaignForm['selection'];
  readonly onClose: () => void;
}

function CampaignDialogContent({
  staff,
  selection,
  onClose,
}: CampaignDialogProps & { readonly staff: readonly Staff[] }) {
  const { t } = useI18n();
  const showError = useErrorNotice();
  const titleId = useId();
  const [plan, setPlan] = useState<{ readonly values: CampaignValues; readonly preview: Preview } | null>(null);
  const today = localDate();
  const form = useForm<CampaignForm, unknown, CampaignValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      name: '',
      purpose: 'lapsed_customer',
      priority: 'normal',
      notes: '',
      fromOn: today,
      toOn: shiftDay(today, DEFAULT_DAYS),
      staffIds: callers(staff).map((s) => s.id),
      perDayCap: DEFAULT_CAP,
      selection: selection ?? noSelection(),
      excludeOpen: true,
      preferOwner: false,
    },
  });

  const preview = form.handleSubmit(async (values) => {
    try {
      setPlan({ values, preview: await api['campaigns.preview'](values) });
    } catch (error) {
      if (!applyFieldErrors(t, error, form.setError, FIELDS)) showError(error);
    }
  });

  const create = useSave({
    channel: 'campaigns.create',
    invalidates: CALLBACKS_STALE,
    notice: ({ campaign, created, overflow }) =>
      overflow > 0
        ? t('campaigns.createdOverflow', {
            name: campaign.name,
            count: created,
            overflow,
          })
        : t('campaigns.created', { name: campaign.name, count: created }),
    onSaved: onClose,
    // The plan was refused: back to the inputs, with what is wrong next to its field.
    onFailed: (error) => {
      setPlan(null);
      return applyFieldErrors(t, error, form.setError, FIELDS);
    },
  });
  const creating = create.isPending;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form noValidate onSubmit={(event) => void preview(event)}>
        <DialogTitle id={titleId}>{plan ? t('campaigns.previewTitle') : t('campaigns.newTitle')}</DialogTitle>
        <DialogContent dividers>
          {plan ? (
            <CampaignPreview preview={plan.preview} staff={staff} />
          ) : (
            <CampaignFields form={form} staff={staff} />
          )}
        </DialogContent>
        <DialogActions>
          {plan ? (
            <>
              <Button onClick={() => setPlan(null)} disabled={creating}>
                {t('action.back')}
              </Button>
              <Box sx={{ flex: 1 }} />
              <Button onClick={onClose} disabled={creating}>
                {t('action.cancel')}
              </Button>
              <Button
                variant="contained"
                disabled={creating || plan.preview.assigned === 0}
                startIcon={creating ? <CircularProgress size={14} color="inherit" /> : undefined}
                onClick={() => void create.save(plan.values)}
              >
                {t('campaigns.createButton', { count: plan.preview.assigned })}
              </Button>
            </>
          ) : (
            <>
              <Button onClick={onClose}>{t('action.cancel')}</Button>
              <Button
                type="submit"
                variant="contained"
                disabled={form.formState.isSubmitting}
                startIcon={form.formState.isSubmitting ? <CircularProgress size={14} color="inherit" /> : undefined}
              >
                {t('campaigns.previewButton')}
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

/**
 * A new call-back campaign in two steps: what, when, who and which customers; then the plan the core would make
 * (per staff member, per day, the first assignments, what does not fit) and Create, which makes exactly that plan.
 */
export function CampaignDialog({ selection, onClose }: CampaignDialogProps) {
  const t = useT();
  const staff = useQuery(queries.staff());
  if (!staff.data)
    return (
      <Dialog open onClose={onClose} aria-label={t('campaigns.newTitle')}>
        <DialogContent>
          <CircularProgress aria-label={t('common.loading')} />
        </DialogContent>
      </Dialog>
    );
  return <CampaignDialogContent staff={staff.data} selection={selection} onClose={onClose} />;
}
