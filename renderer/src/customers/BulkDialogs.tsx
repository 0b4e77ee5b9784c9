import { zodResolver } from '@hookform/resolvers/zod';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { bulkTagForm, type CustomerBulkInput } from '../../../shared/customers/schemas';
import { queries } from '../api/queries';
import { FormDialog } from '../components/FormDialog';
import { SelectField } from '../components/SelectField';
import { fieldErrorText } from '../errors';
import { useI18n } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';

/** Sends the change; the caller closes the dialog once it is saved and says what went wrong otherwise. */
type Run = (action: CustomerBulkInput['action']) => Promise<unknown>;

interface BulkDialogProps {
  /** How many customers the change takes. */
  readonly count: number;
  readonly run: Run;
  readonly onClose: () => void;
}

type TagForm = z.input<typeof bulkTagForm>;

/** Adds or removes one tag: a known tag from the list, or (to add) a new one typed in. */
export function BulkTagDialog({
  count,
  run,
  onClose,
  kind,
}: BulkDialogProps & { readonly kind: 'addTag' | 'removeTag' }) {
  const { t } = useI18n();
  const facets = useQuery(queries.facets());
  const form = useForm<TagForm, unknown, z.output<typeof bulkTagForm>>({
    resolver: zodResolver(bulkTagForm),
    defaultValues: { tag: '' },
  });
  return (
    <FormDialog
      title={t(kind === 'addTag' ? 'customers.bulk.addTagTitle' : 'customers.bulk.removeTagTitle', { count })}
      form={form}
      maxWidth="xs"
      submitLabel={t('customers.bulk.apply')}
      onClose={onClose}
      onValid={({ tag }) => run({ kind, tag })}
    >
      <Controller
        control={form.control}
        name="tag"
        render={({ field, fieldState }) => (
          <Autocomplete
            freeSolo={kind === 'addTag'}
            options={facets.data?.tags ?? []}
            value={field.value || null}
            inputValue={field.value}
            onInputChange={(_event, value) => field.onChange(value)}
            onChange={(_event, value) => field.onChange(value ?? '')}
            renderInput={(input) => (
              <TextField
                {...input}
                autoFocus
                margin="dense"
                label={t('customers.bulk.tag')}
                onBlur={field.onBlur}
                error={Boolean(fieldState.error)}
                helperText={fieldErrorText(t, fieldState.error?.message)}
              />
            )}
          />
        )}
      />
    </FormDialog>
  );
}

/** Hands the customers to one account manager, or to none. */
export function BulkOwnerDialog({ count, run, onClose }: BulkDialogProps) {
  const { t } = useI18n();
  const staff = useQuery(queries.facets());
  const form = useForm<{ ownerId: string }>({ defaultValues: { ownerId: '' } });
  return (
    <FormDialog
      title={t('customers.bulk.setOwnerTitle', { count })}
      form={form}
      maxWidth="xs"
      submitLabel={t('customers.bulk.apply')}
      onClose={onClose}
      onValid={({ ownerId }) => run({ kind: 'setOwner', ownerId: ownerId || null })}
    >
      <Controller
        control={form.control}
        name="ownerId"
        render={({ field }) => (
          <SelectField
            autoFocus
            fullWidth
            margin="dense"
            label={t('customer.owner')}
            value={field.value}
            onChange={field.onChange}
            emptyLabel={t('customers.bulk.noOwner')}
            options={(staff.data?.staff ?? []).map((s) => ({ value: s.id, label: staffLabel(t, s) }))}
          />
        )}
      />
    </FormDialog>
  );
}
