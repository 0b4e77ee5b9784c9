import { zodResolver } from '@hookform/resolvers/zod';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { cancelInput, postponeInput, reassignInput } from '../../../shared/callbacks/schemas';
import type { BulkResult } from '../../../shared/callbacks/types';
import { localDate } from '../../../shared/rules/calendar';
import { queries } from '../api/queries';
import { FormDialog, type FormDialogProps } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';
import { applyFieldErrors } from '../errors';
import { useSave } from '../api/useSave';
import { shiftDay } from '../i18n/format';
import { useT } from '../i18n/I18nContext';
import { CALLBACKS_STALE } from './queries';

export type BulkAction = 'reassign' | 'postpone' | 'cancel';

interface BulkActionDialogProps {
  readonly action: BulkAction;
  readonly ids: readonly string[];
  readonly onDone: () => void;
  readonly onClose: () => void;
}

type BulkFormProps = Omit<BulkActionDialogProps, 'action'>;

/** Reassign, postpone or cancel (with a reason) the selected call-backs in one step. */
export function BulkActionDialog({ action, ...props }: BulkActionDialogProps) {
  if (action === 'reassign') return <ReassignDialog {...props} />;
  if (action === 'postpone') return <PostponeDialog {...props} />;
  return <CancelDialog {...props} />;
}

/** The notice, refetch and close every bulk action shares; the form says its own field errors. */
function useBulkOptions(action: BulkAction, onDone: () => void) {
  const t = useT();
  return {
    invalidates: CALLBACKS_STALE,
    notice: (result: BulkResult) => t(`bulk.${action}.done`, { count: result.updated }),
    onSaved: onDone,
  };
}

type BulkFrameProps<T extends FieldValues, TOut> = Pick<
  FormDialogProps<T, TOut>,
  'form' | 'onValid' | 'onClose' | 'disabled' | 'children'
> & { readonly action: BulkAction; readonly count: number };

function BulkFrame<T extends FieldValues, TOut>({ action, count, children, ...props }: BulkFrameProps<T, TOut>) {
  const t = useT();
  return (
    <FormDialog
      {...props}
      title={t(`bulk.${action}.title`, { count })}
      submitLabel={t(`bulk.${action}.confirm`)}
      maxWidth="xs"
      destructive={action === 'cancel'}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        {children}
      </Stack>
    </FormDialog>
  );
}

function ReassignDialog({ ids, onDone, onClose }: BulkFormProps) {
  const t = useT();
  const staff = useQuery(queries.staff());
  const form = useForm<z.input<typeof reassignInput>, unknown, z.output<typeof reassignInput>>({
    resolver: zodResolver(reassignInput),
    mode: 'onTouched',
    defaultValues: { ids: [...ids], staffId: '', reason: '' },
  });
  const { control } = form;
  const staffId = useWatch({ control, name: 'staffId' });
  const bulk = useBulkOptions('reassign', onDone);
  const saving = useSave({
    channel: 'callbacks.reassign',
    ...bulk,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['staffId', 'reason']),
  });
  return (
    <BulkFrame
      action="reassign"
      count={ids.length}
      form={form}
      onValid={saving.save}
      disabled={form.formState.isSubmitting || staffId === ''}
      onClose={onClose}
    >
      <FormSelectField
        control={control}
        name="staffId"
        label={t('bulk.reassign.to')}
        options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        autoFocus
      />
      <FormTextField control={control} name="reason" label={t('bulk.reasonOptional')} />
    </BulkFrame>
  );
}

function PostponeDialog({ ids, onDone, onClose }: BulkFormProps) {
  const t = useT();
  const form = useForm<z.input<typeof postponeInput>, unknown, z.output<typeof postponeInput>>({
    resolver: zodResolver(postponeInput),
    mode: 'onTouched',
    defaultValues: { ids: [...ids], to: shiftDay(localDate(), 1), reason: '' },
  });
  const { control } = form;
  const bulk = useBulkOptions('postpone', onDone);
  const saving = useSave({
    channel: 'callbacks.postpone',
    ...bulk,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['to', 'reason']),
  });
  return (
    <BulkFrame action="postpone" count={ids.length} form={form} onValid={saving.save} onClose={onClose}>
      <FormTextField
        control={control}
        name="to"
        type="date"
        label={t('bulk.postpone.to')}
        helperText={t('bulk.postpone.hint')}
        autoFocus
      />
      <FormTextField control={control} name="reason" label={t('bulk.reasonOptional')} />
    </BulkFrame>
  );
}

function CancelDialog({ ids, onDone, onClose }: BulkFormProps) {
  const t = useT();
  const form = useForm<z.input<typeof cancelInput>, unknown, z.output<typeof cancelInput>>({
    resolver: zodResolver(cancelInput),
    mode: 'onTouched',
    defaultValues: { ids: [...ids], reason: '' },
  });
  const bulk = useBulkOptions('cancel', onDone);
  const saving = useSave({
    channel: 'callbacks.cancel',
    ...bulk,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, ['reason']),
  });
  return (
    <BulkFrame action="cancel" count={ids.length} form={form} onValid={saving.save} onClose={onClose}>
      <DialogContentText>{t('bulk.cancel.body')}</DialogContentText>
      <FormTextField control={form.control} name="reason" label={t('bulk.reasonRequired')} required autoFocus />
    </BulkFrame>
  );
}
