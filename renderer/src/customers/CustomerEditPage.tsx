import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import type { Customer, DuplicateCandidate, DuplicateReason } from '../../../shared/customers/types';
import { DossierError } from '../../../shared/result';
import { customerInput, type CustomerInput, type CustomerValues } from '../../../shared/customers/schemas';
import { api } from '../api/client';
import { CUSTOMERS_STALE, queries } from '../api/queries';
import { useSave } from '../api/useSave';
import { CustomerForm } from './CustomerForm';
import { useEditable } from '../privacy/useReveal';
import { blankCustomer, CUSTOMER_FIELDS, customerToForm } from './customerFormValues';
import { DuplicateWarning } from './DuplicateWarning';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { applyFieldErrors } from '../errors';
import { useT } from '../i18n/I18nContext';
import { useErrorNotice } from '../notify/useErrorNotice';

interface DuplicateState {
  readonly candidates: readonly DuplicateCandidate[];
  /** True when a create was stopped by the warning and may go ahead anyway. */
  readonly blocking: boolean;
}

/** The server's conflict error carries the first duplicate; show it like the pre-check's list. */
function conflictCandidate(error: unknown): DuplicateCandidate | null {
  if (!(error instanceof DossierError) || error.code !== 'conflict') return null;
  const { duplicateId, duplicateName, reason, elsewhere } = error.details;
  if (typeof duplicateId !== 'string') return null;
  return {
    id: duplicateId,
    name: String(duplicateName ?? ''),
    mobile: null,
    employer: null,
    reasons: [(reason ?? 'mobile') as DuplicateReason],
    elsewhere: elsewhere === 1,
  };
}

function CustomerEditor({
  customer,
  defaultOwnerId,
}: {
  readonly customer: Customer | null;
  readonly defaultOwnerId: string | null;
}) {
  const t = useT();
  const navigate = useNavigate();
  const showError = useErrorNotice();
  const [duplicates, setDuplicates] = useState<DuplicateState | null>(null);
  const form = useForm<CustomerInput, unknown, CustomerValues>({
    resolver: zodResolver(customerInput),
    defaultValues: customer ? customerToForm(customer) : blankCustomer(defaultOwnerId),
    mode: 'onTouched',
    // Fields of the other kind (company/person) leave the values when they leave the screen.
    shouldUnregister: true,
  });

  /** A duplicate goes in the warning, field errors next to their fields; answers true when it said what went wrong. */
  const failed = (error: unknown): boolean => {
    const duplicate = conflictCandidate(error);
    if (duplicate) setDuplicates({ candidates: [duplicate], blocking: true });
    return duplicate !== null || applyFieldErrors(t, error, form.setError, CUSTOMER_FIELDS, 'customer.');
  };
  const update = useSave({
    channel: 'customers.update',
    invalidates: CUSTOMERS_STALE,
    notice: 'customerForm.saved',
    onSaved: (saved) => void navigate(`/customers/${saved.id}`),
    onFailed: failed,
  });
  const create = useSave({
    channel: 'customers.create',
    invalidates: CUSTOMERS_STALE,
    notice: 'customerForm.created',
    onSaved: (created) => void navigate(`/customers/${created.id}`),
    onFailed: failed,
  });

  const save = async (values: CustomerValues, allowDuplicate: boolean): Promise<void> => {
    if (customer) {
      await update.save({ id: customer.id, customer: values });
      return;
    }
    if (!allowDuplicate) {
      try {
        const found = await api['customers.duplicates']({ customer: values });
        if (found.length > 0) {
          setDuplicates({ candidates: found, blocking: true });
          return;
        }
      } catch (error) {
        if (!failed(error)) showError(error);
        return;
      }
    }
    await create.save({ customer: values, allowDuplicate });
  };

  const checkDuplicates = async (): Promise<void> => {
    const v = form.getValues();
    // Only the identifying fields matter here; the name may still be empty.
    const probe = customerInput.safeParse({
      kind: v.kind,
      name: v.name.trim() || '-',
      mobile: v.mobile,
      idType: v.idType,
      idNumber: v.idNumber,
      employer: v.employer,
    });
    if (!probe.success || (!probe.data.mobile && !probe.data.idNumber)) return;
    try {
      const found = await api['customers.duplicates']({ customer: probe.data, excludeId: customer?.id ?? null });
      // A create that was stopped stays stopped until the identifying fields no longer match anyone.
      setDuplicates((shown) => (found.length > 0 ? { candidates: found, blocking: shown?.blocking ?? false } : null));
    } catch (error) {
      showError(error);
    }
  };

  const submit = (allowDuplicate: boolean) => form.handleSubmit((values) => save(values, allowDuplicate));
  const { isSubmitting } = form.formState;

  return (
    <Box component="form" noValidate onSubmit={submit(false)} sx={{ maxWidth: 1040 }}>
      <PageHeader
        title={customer ? t('customerForm.editTitle') : t('customerForm.createTitle')}
        subtitle={customer?.name}
      />
      <CustomerForm form={form} onIdentityBlur={() => void checkDuplicates()} />
      <Paper
        sx={{
          position: 'sticky',
          bottom: 0,
          mt: 2,
          p: 1.5,
          zIndex: 2,
          boxShadow: '0 -4px 12px rgba(31, 41, 51, 0.06)',
        }}
      >
        <Stack spacing={1.5}>
          {duplicates && (
            <DuplicateWarning
              candidates={duplicates.candidates}
              onOpen={(id) => void navigate(`/customers/${id}`)}
              onCreateAnyway={!customer && duplicates.blocking ? () => void submit(true)() : undefined}
              onDismiss={() => setDuplicates(null)}
            />
          )}
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button onClick={() => void navigate(customer ? `/customers/${customer.id}` : '/')}>
              {t('action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={isSubmitting}
              startIcon={isSubmitting ? <CircularProgress size={14} color="inherit" /> : undefined}
            >
              {customer ? t('action.save') : t('action.create')}
            </Button>
          </Stack>
        </Stack>
      </Paper>
    </Box>
  );
}

/** Routes /customers/new and /customers/:id/edit. */
export function CustomerEditPage() {
  const t = useT();
  const { id } = useParams();
  const detail = useQuery({ ...queries.customer(id ?? ''), enabled: Boolean(id) });
  const settings = useQuery(queries.settings());
  const staff = useQuery(queries.staff());

  const customer = useEditable(id && detail.data ? detail.data.customer : null);
  if (id && detail.isError) return <QueryError error={detail.error} />;
  if ((id && !customer) || staff.isPending) return <CircularProgress aria-label={t('common.loading')} />;
  const defaultOwnerId = settings.data?.currentStaffId ?? staff.data?.find((s) => s.isDefault)?.id ?? null;
  // A new key per customer gives the form fresh default values.
  return <CustomerEditor key={customer?.id ?? 'new'} customer={customer} defaultOwnerId={defaultOwnerId} />;
}
