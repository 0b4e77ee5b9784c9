import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { complaintReassignInput } from '../../../shared/complaints/schemas';
import { queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { COMPLAINTS_STALE } from './queries';

type ReassignForm = z.input<typeof complaintReassignInput>;
type ReassignValues = z.output<typeof complaintReassignInput>;

/** Hands the selected complaints to another staff member, with an optional reason on each one's history. */
export function ReassignDialog({
  ids,
  onClose,
  onDone,
}: {
  readonly ids: readonly string[];
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const t = useT();
  const staff = useQuery(queries.staff());
  const form = useForm<ReassignForm, unknown, ReassignValues>({
    resolver: zodResolver(complaintReassignInput),
    mode: 'onTouched',
    defaultValues: { ids: [...ids], staffId: '', reason: '' },
  });
  const saving = useSave({
    channel: 'complaints.reassign',
    invalidates: COMPLAINTS_STALE,
    notice: (r) => t('complaintsPage.reassigned', { count: r.updated }),
    onSaved: onDone,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['staffId', 'reason']),
  });
  return (
    <FormDialog
      title={t('complaintsPage.reassignTitle', { count: ids.length })}
      submitLabel={t('complaintsPage.reassign')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
      maxWidth="xs"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <FormSelectField
          control={form.control}
          name="staffId"
          required
          label={t('complaintsPage.newOwner')}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
        />
        <FormTextField control={form.control} name="reason" multiline minRows={2} label={t('complaintsPage.reason')} />
      </Stack>
    </FormDialog>
  );
}
