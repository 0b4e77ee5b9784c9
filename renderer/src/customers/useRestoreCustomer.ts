import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';
import { invalidateCustomers } from '../api/queries';
import { useErrorNotice } from '../notify/useErrorNotice';

/** Brings a customer back from the recycle bin; answers the restored customer, or null when it failed (already said). */
export function useRestoreCustomer(): (id: string) => Promise<{ readonly id: string; readonly name: string } | null> {
  const queryClient = useQueryClient();
  const showError = useErrorNotice();
  return useCallback(
    async (id: string) => {
      try {
        const restored = await api['customers.restore']({ id });
        await invalidateCustomers(queryClient);
        return restored;
      } catch (error) {
        showError(error);
        return null;
      }
    },
    [queryClient, showError],
  );
}
