import { byId, none, returns, type ContractEntry } from '../contract-entries';
import type { FileDownload } from '../import/types';
import { eraseInput, personalExportInput, privacySettingsInput } from './schemas';
import type { EraseResult, PrivacySettings, Revealed } from './types';

export const privacyContract = {
  /** One customer's whole file (profile, contacts, calls, call-backs, purchases, complaints, classes, history). */
  'privacy.export': { input: personalExportInput, output: returns<FileDownload>() },
  /** Erases one customer for real, and their values from the audit log and import copies. */
  'privacy.erase': { input: eraseInput, output: returns<EraseResult>() },
  /** Reads (and with a patch, changes) how long the recycle bin keeps customers. */
  'privacy.settings': { input: privacySettingsInput, output: returns<PrivacySettings>() },
  /** Erases every customer in the recycle bin now. */
  'privacy.emptyTrash': { input: none, output: returns<{ readonly erased: number }>() },
  /** The phone and ID number a masked screen hides, read on purpose; recorded in the audit log. */
  'privacy.reveal': { input: byId, output: returns<Revealed>() },
} as const satisfies Record<string, ContractEntry>;
