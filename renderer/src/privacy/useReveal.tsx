/**
 * Staff see phones and ID numbers masked; “Show” reads them on purpose (`privacy.reveal`, recorded in the audit log)
 * and the profile shows them until the page is left.
 */
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Customer } from '../../../shared/customers/types';
import type { Revealed } from '../../../shared/privacy/types';
import { api } from '../api/client';
import { useErrorNotice } from '../notify/useErrorNotice';
import { useT } from '../i18n/I18nContext';

const masked = (v: string | null): boolean => v !== null && v.includes('*');

/** The customer with what was revealed filled in, and the button (null when nothing is masked). */
export function useReveal(customer: Customer): { readonly shown: Customer; readonly button: ReactNode } {
  const t = useT();
  const showError = useErrorNotice();
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  if (revealed) return { shown: { ...customer, mobile: revealed.mobile, idNumber: revealed.idNumber }, button: null };
  if (!masked(customer.mobile) && !masked(customer.idNumber)) return { shown: customer, button: null };
  const reveal = (): void => {
    api['privacy.reveal']({ id: customer.id }).then(setRevealed, showError);
  };
  return {
    shown: customer,
    button: (
      <Button size="small" onClick={reveal}>
        {t('privacy.reveal')}
      </Button>
    ),
  };
}

/**
 * The customer as the edit form needs it: a masked phone or ID number would not pass the form's own checks, so
 * editing reads the real ones (recorded like “Show”). Null while they are read.
 */
export function useEditable(customer: Customer | null): Customer | null {
  const needed = customer !== null && (masked(customer.mobile) || masked(customer.idNumber));
  const revealed = useQuery({
    queryKey: ['privacy', 'reveal', customer?.id],
    queryFn: () => api['privacy.reveal']({ id: customer?.id ?? '' }),
    enabled: needed,
    staleTime: 0,
    gcTime: 0,
  });
  if (!needed) return customer;
  return revealed.data ? { ...customer, mobile: revealed.data.mobile, idNumber: revealed.data.idNumber } : null;
}
