import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { savedSegmentCreateInput, type SavedSegment } from '../../../../shared/segments/saved';
import { useSave } from '../../api/useSave';
import { FormDialog } from '../../components/FormDialog';
import { FormTextField } from '../../components/FormTextField';
import { useI18n } from '../../i18n/I18nContext';
import { sayOnName } from './nameConflict';
import { SAVED_SEGMENTS_STALE } from './queries';

const renameForm = z.object({ name: savedSegmentCreateInput.shape.name });
type RenameForm = z.input<typeof renameForm>;

/** A new name for a segment; a name another segment has is said on the field. */
export function RenameSegmentDialog({
  segment,
  onClose,
}: {
  readonly segment: SavedSegment;
  readonly onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useForm<RenameForm, unknown, z.output<typeof renameForm>>({
    resolver: zodResolver(renameForm),
    defaultValues: { name: segment.name },
  });
  const rename = useSave({
    channel: 'savedSegments.update',
    invalidates: SAVED_SEGMENTS_STALE,
    notice: (saved) => t('savedSegments.renamed', { name: saved.name }),
    onSaved: onClose,
    onFailed: (error) => sayOnName(t, error, form.setError),
  });
  return (
    <FormDialog
      title={t('savedSegments.renameTitle')}
      form={form}
      maxWidth="xs"
      onClose={onClose}
      onValid={({ name }) => rename.save({ id: segment.id, name })}
    >
      <FormTextField
        control={form.control}
        name="name"
        label={t('savedSegments.name')}
        autoFocus
        fullWidth
        margin="dense"
      />
    </FormDialog>
  );
}
