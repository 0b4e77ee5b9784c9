/** "Save as segment": the list's filters under a name, dynamic or frozen, pinned to the navigation or not. */
import { zodResolver } from '@hookform/resolvers/zod';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Input } from '../../../../shared/contract';
import { savedSegmentCreateInput, SAVED_SEGMENT_KINDS } from '../../../../shared/segments/saved';
import { useSave } from '../../api/useSave';
import { FormCheckbox } from '../../components/FormCheckbox';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/FormTextField';
import { useI18n } from '../../i18n/I18nContext';
import { sayOnName } from './nameConflict';
import { SAVED_SEGMENTS_STALE } from './queries';

const saveForm = savedSegmentCreateInput.pick({ name: true, kind: true, pinned: true });
type SaveForm = z.input<typeof saveForm>;

interface SaveSegmentDialogProps {
  readonly filter: Input<'savedSegments.create'>['filter'];
  /** How many customers the filter matches now (what a frozen segment keeps). */
  readonly count: number;
  readonly onClose: () => void;
}

export function SaveSegmentDialog({ filter, count, onClose }: SaveSegmentDialogProps) {
  const { t } = useI18n();
  const form = useForm<SaveForm, unknown, z.output<typeof saveForm>>({
    resolver: zodResolver(saveForm),
    defaultValues: { name: '', kind: 'dynamic', pinned: true },
  });
  const kind = useWatch({ control: form.control, name: 'kind' }) ?? 'dynamic';
  const create = useSave({
    channel: 'savedSegments.create',
    invalidates: SAVED_SEGMENTS_STALE,
    notice: (saved) => t('savedSegments.saved', { name: saved.name }),
    onSaved: onClose,
    onFailed: (error) => sayOnName(t, error, form.setError),
  });
  return (
    <FormDialog
      title={t('savedSegments.saveTitle')}
      form={form}
      maxWidth="xs"
      onClose={onClose}
      onValid={(values) => create.save({ ...values, filter })}
    >
      <FormTextField
        control={form.control}
        name="name"
        label={t('savedSegments.name')}
        autoFocus
        fullWidth
        margin="dense"
      />
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <RadioGroup row value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            {SAVED_SEGMENT_KINDS.map((k) => (
              <FormControlLabel key={k} value={k} control={<Radio />} label={t(`savedSegments.kind.${k}`)} />
            ))}
          </RadioGroup>
        )}
      />
      <FormHelperText sx={{ mt: 0, mb: 1 }}>
        {kind === 'frozen' ? t('savedSegments.kindHint.frozen', { count }) : t('savedSegments.kindHint.dynamic')}
      </FormHelperText>
      <FormCheckbox control={form.control} name="pinned" label={t('savedSegments.pin')} hint="" />
    </FormDialog>
  );
}
