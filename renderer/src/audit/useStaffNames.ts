/** Staff ids in the audit log's changes read as names: the staff list every signed-in person's pickers use. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries } from '../api/queries';
import { staffNamesOf, type StaffNames } from './changes';

export function useStaffNames(): StaffNames {
  const staff = useQuery(queries.staff());
  return useMemo(() => staffNamesOf(staff.data ?? []), [staff.data]);
}
