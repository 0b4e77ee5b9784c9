import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { Contact } from '../../../shared/contacts/types';
import type { Customer } from '../../../shared/customers/types';
import { queries } from '../api/queries';
import { CUSTOMER_AND_CALLBACKS_STALE } from '../callbacks/queries';
import { useSave, type Save } from '../api/useSave';
import { CustomerHistory } from '../audit/CustomerHistory';
import { CustomerCallbacksSection } from '../callbacks/CustomerCallbacksSection';
import { CustomerComplaintsSection } from '../complaints/CustomerComplaintsSection';
import { LogComplaintButton } from '../complaints/LogComplaintButton';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ContactsSection } from '../contacts/ContactsSection';
import { CustomerProfile } from './CustomerProfile';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { TagChips } from './TagChips';
import { Timeline } from '../interactions/Timeline';
import { PersonalDataActions } from '../privacy/PersonalDataActions';
import { PurchasesSection } from '../purchases/PurchasesSection';
import { RiskCard } from '../risk/RiskCard';
import { CustomerSegmentsCard } from '../segments/CustomerSegmentsCard';
import { useT } from '../i18n/I18nContext';
import { staffLabel } from '../i18n/labels';

/** Delete goes to the recycle bin, with Undo on the notice. */
function useDeleteCustomer(customer: Customer): Save<'customers.delete'> {
  const t = useT();
  const navigate = useNavigate();
  const restore = useSave({
    channel: 'customers.restore',
    invalidates: CUSTOMER_AND_CALLBACKS_STALE,
    notice: 'customer.restored',
    onSaved: (restored) => void navigate(`/customers/${restored.id}`),
  });
  return useSave({
    channel: 'customers.delete',
    invalidates: CUSTOMER_AND_CALLBACKS_STALE,
    update: (client) => client.removeQueries({ queryKey: queries.customer(customer.id).queryKey }),
    notice: () => ({
      message: t('customer.deleted'),
      severity: 'info',
      action: { label: t('action.undo'), onClick: () => void restore.save({ id: customer.id }) },
    }),
    onSaved: () => void navigate('/'),
  });
}

function CustomerView({ customer, contacts }: { readonly customer: Customer; readonly contacts: readonly Contact[] }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteCustomer(customer);

  return (
    <>
      <PageHeader
        title={customer.name}
        subtitle={t('customer.ownerLine', { name: staffLabel(t, customer.ownerName) })}
        actions={
          <>
            <Button
              variant="outlined"
              startIcon={<AssessmentOutlinedIcon />}
              component={RouterLink}
              to={`/customers/${customer.id}/report`}
            >
              {t('reports.customer.open')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<EditOutlinedIcon />}
              component={RouterLink}
              to={`/customers/${customer.id}/edit`}
            >
              {t('action.edit')}
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<DeleteOutlineIcon />}
              onClick={() => setConfirming(true)}
            >
              {t('action.delete')}
            </Button>
            <PersonalDataActions customer={customer} />
          </>
        }
      >
        <Chip label={t(`kind.${customer.kind}`)} color="primary" variant="outlined" />
        <TagChips tags={customer.tags} />
      </PageHeader>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2}>
            <CustomerProfile customer={customer} />
            {customer.kind === 'company' && <ContactsSection customerId={customer.id} contacts={contacts} />}
            <PurchasesSection customerId={customer.id} />
            <CustomerSegmentsCard customerId={customer.id} />
            <CustomerHistory customerId={customer.id} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <RiskCard customerId={customer.id} />
            <CustomerCallbacksSection
              customerId={customer.id}
              customerName={customer.name}
              ownerId={customer.ownerId}
            />
            <CustomerComplaintsSection customerId={customer.id} />
            <Timeline
              customerId={customer.id}
              actions={<LogComplaintButton customerId={customer.id} customerName={customer.name} />}
            />
          </Stack>
        </Grid>
      </Grid>
      <ConfirmDialog
        open={confirming}
        title={t('customer.deleteTitle')}
        body={t('customer.deleteBody', { name: customer.name })}
        confirmLabel={t('action.delete')}
        busy={remove.isPending}
        onConfirm={() => void remove.save({ id: customer.id })}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/** Route /customers/:id: the whole dossier on one page. */
export function CustomerPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useQuery(queries.customer(id));

  if (detail.isError)
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <QueryError error={detail.error} />
        <Button component={RouterLink} to="/">
          {t('action.backToList')}
        </Button>
      </Stack>
    );
  if (!detail.data) return <CircularProgress aria-label={t('common.loading')} />;
  return <CustomerView key={id} customer={detail.data.customer} contacts={detail.data.contacts} />;
}
