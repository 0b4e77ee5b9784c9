import type { staffContract } from '../../../shared/staff/contract';
import type { AreaContext, HandlersOf } from '../context';
import { listStaff } from './staff';

export type StaffHandlers = HandlersOf<typeof staffContract>;

export function staffHandlers({ db }: AreaContext): StaffHandlers {
  return { 'staff.list': () => listStaff(db) };
}
