import { isBusy, retryWhileBusy } from './db/busy';
import type { Channel } from '../../shared/channels';
import { backupHandlers, type BackupHandlers } from './backup/handlers';
import { auditHandlers, type AuditHandlers } from './audit/handlers';
import { currentViewer } from './auth/acting';
import { authHandlers, type AuthHandlers } from './auth/handlers';
import { Sessions } from './auth/sessions';
import { callbackHandlers, type CallbackHandlers } from './callbacks/handlers';
import { planOccasionsToday } from './callbacks/occasions';
import { complaintHandlers, type ComplaintHandlers } from './complaints/handlers';
import { contactHandlers, type ContactHandlers } from './contacts/handlers';
import type { AreaContext, CoreContext } from './context';
import type { Db } from './db/open';
import { customerHandlers, type CustomerHandlers } from './customers/handlers';
import { demoHandlers, type DemoHandlers } from './demo/handlers';
import { encryptionHandlers, type EncryptionHandlers } from './encryption/handlers';
import { exportHandlers, type ExportHandlers } from './export/handlers';
import { importHandlers, type ImportHandlers } from './import/handlers';
import { interactionHandlers, type InteractionHandlers } from './interactions/handlers';
import { branchHqHandlers, type HqHandlers } from './hq/handlers';
import { privacyHandlers, type PrivacyHandlers } from './privacy/handlers';
import { productHandlers, type ProductHandlers } from './products/handlers';
import { purchaseHandlers, type PurchaseHandlers } from './purchases/handlers';
import { reportHandlers, type ReportHandlers } from './reports/handlers';
import { reportKindsHandlers, type ReportKindsHandlers } from './reports/kinds-handlers';
import { riskHandlers, type RiskHandlers } from './risk/handlers';
import { searchHandlers, type SearchHandlers } from './search/handlers';
import { segmentArea, type SegmentHandlers } from './segments/handlers';
import { savedSegmentHandlers, type SavedSegmentHandlers } from './segments/saved-handlers';
import { settingsHandlers, type SettingsHandlers } from './settings/handlers';
import { getSettings } from './settings/settings';
import { staffHandlers, type StaffHandlers } from './staff/handlers';
import { ensureDefaultStaff } from './staff/staff';
import { syncHandlers, type SyncHandlers } from './sync/handlers';

export type { CoreContext };

/** The app's handler type: the intersection of the areas' handler maps. */
export type Handlers = SettingsHandlers &
  StaffHandlers &
  SearchHandlers &
  CustomerHandlers &
  ContactHandlers &
  InteractionHandlers &
  PurchaseHandlers &
  ImportHandlers &
  ExportHandlers &
  DemoHandlers &
  CallbackHandlers &
  SegmentHandlers &
  ProductHandlers &
  RiskHandlers &
  SavedSegmentHandlers &
  ReportKindsHandlers &
  ComplaintHandlers &
  BackupHandlers &
  ReportHandlers &
  EncryptionHandlers &
  AuthHandlers &
  AuditHandlers &
  PrivacyHandlers &
  SyncHandlers &
  HqHandlers;

/** A channel of the contract that no area handles fails to compile here. */
const everyChannelHandled: Exclude<Channel, keyof Handlers> extends never ? true : never = true;
void everyChannelHandled;

/** Writes that can add or move a birthday or maturity call-back: birth and maturity dates, lead times, the calendar. */
const OCCASION_WRITES = [
  'customers.create',
  'customers.update',
  'customers.restore',
  'purchases.save',
  'callbacks.settings.update',
  'callbacks.holidays.set',
] as const;

/** Writes that change what customers' classes are computed from (imports report theirs when they commit). */
const SEGMENT_WRITES = [
  'customers.create',
  'customers.delete',
  'customers.restore',
  'customers.bulk',
  'customers.undoBulkDelete',
  'purchases.save',
  'purchases.delete',
  'import.undo',
] as const;

/** How long what follows a write (classes marked stale) waits for another process's lock. */
const FOLLOW_UP_WAIT_MS = 10 * 60_000;

/** The handlers of `channels`, each followed by `follow` once it succeeded. */
function followedBy<K extends keyof Handlers>(handlers: Handlers, channels: readonly K[], follow: () => void) {
  // The write is committed by now: another process holding the lock must not fail it (the dispatch would run the
  // whole write again), so what follows waits for the lock on its own.
  const then = (): void => {
    try {
      follow();
    } catch (error) {
      if (!isBusy(error)) throw error;
      retryWhileBusy(follow, FOLLOW_UP_WAIT_MS).catch(console.error);
    }
  };
  const wrapped: Partial<Record<K, unknown>> = {};
  for (const channel of channels) {
    const handler = handlers[channel] as (input: unknown) => unknown;
    wrapped[channel] = (input: unknown) => {
      const out = handler(input);
      if (out instanceof Promise) return out.then((value: unknown) => (then(), value));
      then();
      return out;
    };
  }
  return wrapped as Pick<Handlers, K>;
}

/**
 * Who the current call acts as: the signed-in person (or the CLI's --as); with sign-in off, the staff member at the
 * desk (settings), else the default one.
 */
export const actingStaff = (db: Db, desk: () => string = () => ensureDefaultStaff(db).id): string =>
  currentViewer()?.staffId ?? getSettings(db).currentStaffId ?? desk();

/** The whole app's behaviour, one function per channel; hosts only transport. */
export function createHandlers(app: CoreContext, sessions: Sessions = new Sessions()): Handlers {
  const { db } = app;
  const defaultStaff = ensureDefaultStaff(db);
  // The signed-in person (or the CLI's --as); with sign-in off, the staff member at the desk.
  const area: AreaContext = {
    db,
    actor: () => actingStaff(db, () => defaultStaff.id),
  };
  const segments = segmentArea(area, app);
  const handlers: Handlers = {
    ...settingsHandlers(area, app),
    ...staffHandlers(area),
    ...searchHandlers(area),
    ...customerHandlers(area),
    ...contactHandlers(area),
    ...interactionHandlers(area),
    ...purchaseHandlers(area),
    ...importHandlers(area, app, segments.changed),
    ...exportHandlers(area),
    ...demoHandlers(area),
    ...callbackHandlers(area),
    ...segments.handlers,
    ...productHandlers(area),
    ...riskHandlers(area),
    ...savedSegmentHandlers(area),
    ...complaintHandlers(area),
    ...backupHandlers(area, app),
    ...reportHandlers(area, app),
    ...encryptionHandlers(area, app),
    ...reportKindsHandlers(area, app),
    ...authHandlers(area, sessions),
    ...auditHandlers(area),
    ...privacyHandlers(area, app),
    ...syncHandlers(area, app),
    ...branchHqHandlers(area),
  };
  const planned = { ...handlers, ...followedBy(handlers, OCCASION_WRITES, () => planOccasionsToday(db)) };
  return { ...planned, ...followedBy(planned, SEGMENT_WRITES, segments.changed) };
}
