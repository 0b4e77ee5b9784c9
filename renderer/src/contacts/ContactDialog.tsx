import { zodResolver } from '@hookform/resolvers/zod';
import Grid from '@mui/material/Grid';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Contact } from '../../../shared/contacts/types';
import { contactInput } from '../../../shared/contacts/schemas';
import { CUSTOMERS_STALE } from '../api/queries';
import { useSave } from '../api/useSave';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { contactRoleOptions } from '../i18n/options';
import { FormDialog } from '../components/FormDialog';
import { FormSelectField } from '../components/FormSelectField';
import { FormTextField } from '../components/FormTextField';

type ContactForm = z.input<typeof contactInput>;
type ContactValues = z.output<typeof contactInput>;
const CONTACT_FIELDS = ['name', 'title', 'role', 'mobile', 'email', 'notes'] as const;

interface ContactDialogProps {
  readonly customerId: string;
  /** The contact to edit; null adds a new one. */
  readonly contact: Contact | null;
  readonly onClose: () => void;
}

/** Adds or edits a contact person at a company customer, with their part in the buying decision. */
export function ContactDialog({ customerId, contact, onClose }: ContactDialogProps) {
  const t = useT();
  const form = useForm<ContactForm, unknown, ContactValues>({
    resolver: zodResolver(contactInput),
    mode: 'onTouched',
    defaultValues: {
      customerId,
      id: contact?.id ?? null,
      name: contact?.name ?? '',
      title: contact?.title ?? '',
      role: contact?.role ?? 'decision_maker',
      mobile: contact?.mobile ?? '',
      email: contact?.email ?? '',
      notes: contact?.notes ?? '',
    },
  });
  const { control } = form;
  const saving = useSave({
    channel: 'contacts.save',
    // The detail, and the searches and lists that find the company by its contacts.
    invalidates: CUSTOMERS_STALE,
    notice: 'contact.saved',
    onSaved: onClose,
    onFailed: (error) => applyFieldErrors(t, error, form.setError, CONTACT_FIELDS),
  });

  return (
    <FormDialog
      title={contact ? t('contact.editTitle') : t('contact.addTitle')}
      form={form}
      onValid={saving.save}
      onClose={onClose}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField control={control} name="name" label={t('contact.name')} required autoFocus />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField control={control} name="title" label={t('contact.title')} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelectField control={control} name="role" label={t('contact.role')} options={contactRoleOptions(t)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField control={control} name="mobile" label={t('contact.mobile')} type="tel" />
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="email" label={t('contact.email')} type="email" />
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="notes" label={t('contact.notes')} multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
