/** Settings → Staff dialogs: add or rename (one name form), reassign all, deactivate (handing work over). */
import { zodResolver } from '@hookform/resolvers/zod';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { staffCreateInput, staffDeactivateInput, staffReassignInput } from '../../../shared/staff/schemas';
import type { StaffSummary } from '../../../shared/staff/types';
import { useSave } from '../api/useSave';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors, issueErrorMessage } from '../errors';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';
import { useNotify } from '../notify/NotifyContext';
import { ownedText, reassignedText, STAFF_STALE } from './queries';

interface NameDialogProps {
  /** Renames this staff member; adds a new one when null. */
  readonly staff: StaffSummary | null;
  readonly onClose: () => void;
}

/** Adds a staff member, or renames one; the core's "name taken" shows under the field. */
export function StaffNameDialog({ staff, onClose }: NameDialogProps) {
  const t = useT();
  const form = useForm<z.input<typeof staffCreateInput>, unknown, z.output<typeof staffCreateInput>>({
    resolver: zodResolver(staffCreateInput),
    mode: 'onTouched',
    defaultValues: { name: staff?.name ?? '' },
  });
  const onFailed = (error: unknown) => applyFieldErrors(t, error, form.setError, ['name']);
  const create = useSave({
    channel: 'staff.create',
    invalidates: STAFF_STALE,
    notice: (saved) => t('staff.added', { name: saved.name }),
    onSaved: onClose,
    onFailed,
  });
  const rename = useSave({
    channel: 'staff.rename',
    invalidates: STAFF_STALE,
    notice: (saved) => t('staff.renamed', { name: saved.name }),
    onSaved: onClose,
    onFailed,
  });
  return (
    <FormDialog
      title={staff ? t('staff.rename.title', { name: staffLabel(t, staff) }) : t('staff.add')}
      form={form}
      maxWidth="xs"
      onValid={(values) => (staff ? rename.save({ id: staff.id, name: values.name }) : create.save(values))}
      onClose={onClose}
    >
      <Stack sx={{ pt: 1 }}>
        <FormTextField control={form.control} name="name" label={t('staff.name')} required autoFocus />
      </Stack>
    </FormDialog>
  );
}

interface WorkDialogProps {
  readonly staff: StaffSummary;
  /** Who may take the work over: the other active staff. */
  readonly others: readonly StaffSummary[];
  readonly onClose: () => void;
}

const owned = (s: StaffSummary) => ({ customers: s.customers, callbacks: s.openCallbacks });

/** Moves all of one staff member's customers and open call-backs to another, in one step. */
export function ReassignAllDialog({ staff, others, onClose }: WorkDialogProps) {
  const t = useT();
  const form = useForm<z.input<typeof staffReassignInput>, unknown, z.output<typeof staffReassignInput>>({
    resolver: zodResolver(staffReassignInput),
    mode: 'onTouched',
    defaultValues: { fromId: staff.id, toId: '' },
  });
  const toId = useWatch({ control: form.control, name: 'toId' });
  const nameOf = (id: string) => staffLabel(t, others.find((s) => s.id === id)?.name);
  const save = useSave({
    channel: 'staff.reassignAll',
    invalidates: STAFF_STALE,
    notice: (result, input) => reassignedText(t, result, staffLabel(t, staff), nameOf(input.toId)),
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['toId']),
  });
  const name = staffLabel(t, staff);
  return (
    <FormDialog
      title={t('staff.reassign.title', { name })}
      form={form}
      maxWidth="xs"
      submitLabel={t('staff.reassign.confirm')}
      disabled={form.formState.isSubmitting || toId === ''}
      onValid={save.save}
      onClose={onClose}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <DialogContentText>{t('staff.reassign.body', { name, owned: ownedText(t, owned(staff)) })}</DialogContentText>
        <FormSelectField
          control={form.control}
          name="toId"
          label={t('staff.reassign.to')}
          options={others.map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          autoFocus
        />
      </Stack>
    </FormDialog>
  );
}

/** Takes a staff member off the pickers; whoever still owns work hands it to someone in the same step. */
export function DeactivateDialog({ staff, others, onClose }: WorkDialogProps) {
  const t = useT();
  const notify = useNotify();
  const form = useForm<z.input<typeof staffDeactivateInput>, unknown, z.output<typeof staffDeactivateInput>>({
    resolver: zodResolver(staffDeactivateInput),
    defaultValues: { id: staff.id, reassignTo: null },
  });
  const reassignTo = useWatch({ control: form.control, name: 'reassignTo' });
  const name = staffLabel(t, staff);
  const ownsWork = staff.customers > 0 || staff.openCallbacks > 0;
  const save = useSave({
    channel: 'staff.deactivate',
    invalidates: STAFF_STALE,
    notice: (result, input) => {
      const to = others.find((s) => s.id === input.reassignTo);
      return to && (result.customers > 0 || result.callbacks > 0)
        ? t('staff.deactivatedMoved', { name, owned: ownedText(t, result), to: staffLabel(t, to) })
        : t('staff.deactivated', { name });
    },
    onSaved: onClose,
    // Refusals (the desk's own staff member, work still owned) say why, with the name.
    onFailed: (error) => {
      notify({ message: issueErrorMessage(t, error), severity: 'error' });
      return true;
    },
  });
  return (
    <FormDialog
      title={t('staff.deactivate.title', { name })}
      form={form}
      maxWidth="xs"
      destructive
      submitLabel={t('staff.deactivate.confirm')}
      disabled={form.formState.isSubmitting || (ownsWork && !reassignTo)}
      onValid={save.save}
      onClose={onClose}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <DialogContentText>{t('staff.deactivate.body', { name })}</DialogContentText>
        {ownsWork && (
          <>
            <DialogContentText>
              {t('staff.deactivate.owns', { name, owned: ownedText(t, owned(staff)) })}
            </DialogContentText>
            <FormSelectField
              control={form.control}
              name="reassignTo"
              label={t('staff.reassign.to')}
              options={others.map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
              autoFocus
            />
          </>
        )}
      </Stack>
    </FormDialog>
  );
}
