import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Contact } from '../../../shared/contacts/types';
import { contactInput } from '../../../shared/contacts/schemas';
import { api } from '../api/client';
import { queries } from '../api/queries';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { contactRoleOptions } from '../i18n/options';
import { useNotify } from '../notify/NotifyContext';
import { useErrorNotice } from '../notify/useErrorNotice';
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
  const notify = useNotify();
  const showError = useErrorNotice();
  const queryClient = useQueryClient();
  const titleId = useId();
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

  const save = form.handleSubmit(async (values) => {
    try {
      await api['contacts.save'](values);
      await queryClient.invalidateQueries({ queryKey: queries.customer(customerId).queryKey });
      notify({ message: t('contact.saved') });
      onClose();
    } catch (error) {
      if (!applyFieldErrors(t, error, form.setError, CONTACT_FIELDS)) showError(error);
    }
  });

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={(event) => void save(event)}>
        <DialogTitle id={titleId}>{contact ? t('contact.editTitle') : t('contact.addTitle')}</DialogTitle>
        <DialogContent>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormTextField control={control} name="name" label={t('contact.name')} required autoFocus />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormTextField control={control} name="title" label={t('contact.title')} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <FormSelectField
                control={control}
                name="role"
                label={t('contact.role')}
                options={contactRoleOptions(t)}
              />
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
