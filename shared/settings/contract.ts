import { none, returns, type ContractEntry } from '../contract-entries';
import { settingsPatch } from './schemas';
import type { AppInfo, Settings } from './types';

export const settingsContract = {
  'app.info': { input: none, output: returns<AppInfo>() },
  'settings.get': { input: none, output: returns<Settings>() },
  'settings.update': { input: settingsPatch, output: returns<Settings>() },
} as const satisfies Record<string, ContractEntry>;
