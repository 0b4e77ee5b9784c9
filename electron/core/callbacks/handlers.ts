/**
 * Handlers of the call-back channels, one per entry of `callbackContract` (declared in shared/callbacks.ts so that
 * shared/contract.ts, which the renderer imports, never reaches into electron/core).
 */
import type { z } from 'zod';
import { callbackContract, type CallbackChannel, type CallbackContract } from '../../../shared/callbacks';
import type { Db } from '../db/open';
import { deliverReminders } from './reminders';
import * as repo from './repo';

export { callbackContract };

export type CallbackHandlers = {
  readonly [K in CallbackChannel]: (input: z.output<CallbackContract[K]['input']>) => CallbackContract[K]['output'];
};

export function createCallbackHandlers(db: Db, actor: () => string): CallbackHandlers {
  return {
    'callbacks.queue': (q) => repo.queue(db, q),
    'callbacks.counts': (q) => repo.queueCounts(db, q),
    'callbacks.create': (v) => repo.createCallback(db, v, actor()),
    'callbacks.log': (v) => repo.logCall(db, v, actor()),
    'callbacks.reassign': ({ ids, staffId, reason }) => repo.reassignCallbacks(db, ids, staffId, reason, actor()),
    'callbacks.postpone': ({ ids, to, days, reason }) => repo.postponeCallbacks(db, ids, { to, days }, reason, actor()),
    'callbacks.cancel': ({ ids, reason }) => repo.cancelCallbacks(db, ids, reason, actor()),
    'callbacks.report': (q) => repo.callbackReport(db, q),
    'callbacks.settings.get': () => repo.getCallbackSettings(db),
    'callbacks.settings.update': (patch) => repo.updateCallbackSettings(db, patch, actor()),
    'callbacks.holidays.set': (v) => repo.setHolidays(db, v, actor()),
    'callbacks.reminders': ({ now, peek }) => deliverReminders(db, { now: now ? new Date(now) : new Date(), peek }),
    'campaigns.preview': (v) => repo.previewCampaign(db, v),
    'campaigns.create': (v) => repo.createCampaign(db, v, actor()),
    'campaigns.list': () => repo.listCampaigns(db),
    'cadence.get': ({ customerId, today }) => repo.cadenceStatus(db, customerId, today ?? undefined),
    'cadence.statuses': ({ customerIds, today }) => repo.cadenceStatuses(db, customerIds, today ?? undefined),
    'cadence.set': ({ customerId, cadence, schedule, today }) =>
      repo.setCadence(db, customerId, cadence, actor(), { schedule, today }),
  };
}
