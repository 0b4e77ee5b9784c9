import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { Contact } from '../../../shared/contacts/types';
import { formatPhone } from '../../../shared/rules/index';
import { CUSTOMERS_STALE } from '../api/queries';
import { useSave } from '../api/useSave';
import { useT } from '../i18n/I18nContext';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { usePhoneRegion } from '../settings/usePhoneRegion';
import { ContactDialog } from './ContactDialog';

type Editing = { readonly contact: Contact | null } | null;

/** The people we deal with at a company customer, decision makers first. */
export function ContactsSection({
  customerId,
  contacts,
}: {
  readonly customerId: string;
  readonly contacts: readonly Contact[];
}) {
  const t = useT();
  const region = usePhoneRegion();
  const titleId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);

  const remove = useSave({
    channel: 'contacts.delete',
    // The detail, and the searches and lists that find the company by its contacts.
    invalidates: CUSTOMERS_STALE,
    notice: 'contact.deleted',
    onSaved: () => setDeleting(null),
  });

  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ p: 2.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" id={titleId} sx={{ flex: 1 }}>
          {t('customer.contacts')}
        </Typography>
        <Button startIcon={<AddIcon />} onClick={() => setEditing({ contact: null })}>
          {t('customer.addContact')}
        </Button>
      </Stack>
      {contacts.length === 0 ? (
        <Typography color="text.secondary" variant="body2">
          {t('customer.contactsEmpty')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {contacts.map((c) => (
            <ListItem
              key={c.id}
              divider
              secondaryAction={
                <Stack direction="row" spacing={0.5}>
                  <Tooltip title={t('action.edit')}>
                    <IconButton
                      aria-label={t('contact.edit', { name: c.name })}
                      onClick={() => setEditing({ contact: c })}
                    >
                      <EditOutlinedIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                  <Tooltip title={t('action.delete')}>
                    <IconButton aria-label={t('contact.delete', { name: c.name })} onClick={() => setDeleting(c)}>
                      <DeleteOutlineIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </Stack>
              }
              sx={{ pr: 12 }}
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography component="span" sx={{ fontWeight: 600 }}>
                      {c.name}
                    </Typography>
                    {c.title && (
                      <Typography component="span" variant="body2" color="text.secondary">
                        {c.title}
                      </Typography>
                    )}
                    <Chip
                      label={t(`contactRole.${c.role}`)}
                      color={c.role === 'decision_maker' ? 'primary' : 'default'}
                      variant={c.role === 'other' ? 'outlined' : 'filled'}
                    />
                  </Stack>
                }
                secondary={
                  [c.mobile && formatPhone(c.mobile, region), c.email, c.notes].filter(Boolean).join(' · ') || undefined
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      {editing && <ContactDialog customerId={customerId} contact={editing.contact} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('contact.deleteTitle')}
        body={t('contact.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('action.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && void remove.save({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
