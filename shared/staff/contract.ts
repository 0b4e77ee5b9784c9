import { byId, none, returns, type ContractEntry } from '../contract-entries';
import { staffCreateInput, staffDeactivateInput, staffReassignInput, staffRenameInput } from './schemas';
import type { ReassignResult, Staff, StaffSummary } from './types';

export const staffContract = {
  /** Active staff, for the pickers. */
  'staff.list': { input: none, output: returns<readonly Staff[]>() },
  /** Every staff member, deactivated ones too, with the customers and open call-backs each owns. */
  'staff.overview': { input: none, output: returns<readonly StaffSummary[]>() },
  'staff.create': { input: staffCreateInput, output: returns<Staff>() },
  'staff.rename': { input: staffRenameInput, output: returns<Staff>() },
  'staff.deactivate': { input: staffDeactivateInput, output: returns<ReassignResult>() },
  'staff.reactivate': { input: byId, output: returns<Staff>() },
  'staff.reassignAll': { input: staffReassignInput, output: returns<ReassignResult>() },
} as const satisfies Record<string, ContractEntry>;
