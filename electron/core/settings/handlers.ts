import type { settingsContract } from '../../../shared/settings/contract';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import { schemaVersion } from '../db/open';
import { assertStaff } from '../staff/staff';
import { getSettings, updateSettings } from './settings';

export type SettingsHandlers = HandlersOf<typeof settingsContract>;

export function settingsHandlers({ db }: AreaContext, app: CoreContext): SettingsHandlers {
  return {
    'app.info': () => ({ version: app.version, dbPath: app.dbPath, schemaVersion: schemaVersion(db), host: app.host }),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => {
      // The staff member at the desk is an active one: a deactivated name is only history.
      if (patch.currentStaffId) assertStaff(db, patch.currentStaffId);
      return updateSettings(db, patch);
    },
  };
}
