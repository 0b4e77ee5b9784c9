import type { staffContract } from '../../../shared/staff/contract';
import type { AreaContext, HandlersOf } from '../context';
import {
  addStaff,
  deactivateStaff,
  listStaff,
  reactivateStaff,
  reassignAll,
  renameStaff,
  staffOverview,
} from './staff';

export type StaffHandlers = HandlersOf<typeof staffContract>;

export function staffHandlers({ db, actor }: AreaContext): StaffHandlers {
  return {
    'staff.list': () => listStaff(db),
    'staff.overview': () => staffOverview(db),
    'staff.create': ({ name }) => addStaff(db, name, actor()),
    'staff.rename': ({ id, name }) => renameStaff(db, id, name, actor()),
    'staff.deactivate': ({ id, reassignTo }) => deactivateStaff(db, id, reassignTo, actor()),
    'staff.reactivate': ({ id }) => reactivateStaff(db, id, actor()),
    'staff.reassignAll': ({ fromId, toId }) => reassignAll(db, fromId, toId, actor()),
  };
}
