import type { callbackContract } from '../../../shared/callbacks/contract';
import { translate } from '../../../shared/i18n/index';
import { localDate } from '../../../shared/rules/calendar';
import type { AreaContext, HandlersOf } from '../context';
import { workbookDownload } from '../export/download';
import { cancelCallbacks, postponeCallbacks, reassignCallbacks } from './bulk';
import { cadenceStatus, cadenceStatuses, setCadence } from './cadences';
import { setHolidays } from './calendar';
import { cancelCampaign, createCampaign, listCampaigns, previewCampaign, updateCampaign } from './campaigns';
import { campaignAssignees, handOverCampaign } from './handover';
import { logCall } from './log';
import { planOccasionsToday } from './occasions';
import { createCallback, queue, queueCounts } from './queue';
import { deliverReminders } from './reminders';
import { callbackReport } from './report';
import { reportWorkbook } from './report-workbook';
import { getCallbackSettings, updateCallbackSettings } from './settings';

export type CallbackHandlers = HandlersOf<typeof callbackContract>;

export function callbackHandlers({ db, actor }: AreaContext): CallbackHandlers {
  /** The day the reminder timer last planned birthdays and maturities: once a day is enough, writes plan their own. */
  let plannedOn: string | null = null;
  return {
    'callbacks.export': async ({ report, language }) =>
      workbookDownload(
        translate(language, 'callbacks.report.fileName'),
        await reportWorkbook(callbackReport(db, report), language),
      ),
    'callbacks.queue': (q) => queue(db, q),
    'callbacks.counts': (q) => queueCounts(db, q),
    'callbacks.create': (v) => createCallback(db, v, actor()),
    'callbacks.log': (v) => logCall(db, v, actor()),
    'callbacks.reassign': ({ ids, staffId, reason }) => reassignCallbacks(db, ids, staffId, reason, actor()),
    'callbacks.postpone': ({ ids, to, days, reason }) => postponeCallbacks(db, ids, { to, days }, reason, actor()),
    'callbacks.cancel': ({ ids, reason }) => cancelCallbacks(db, ids, reason, actor()),
    'callbacks.report': (q) => callbackReport(db, q),
    'callbacks.settings.get': () => getCallbackSettings(db),
    'callbacks.settings.update': (patch) => updateCallbackSettings(db, patch, actor()),
    'callbacks.holidays.set': (v) => setHolidays(db, v, actor()),
    'callbacks.reminders': ({ now, peek }) => {
      // The hosts' reminder timer is also when birthday and maturity call-backs plan themselves.
      const at = now ? new Date(now) : new Date();
      if (plannedOn !== localDate(at) && planOccasionsToday(db, at)) plannedOn = localDate(at);
      return deliverReminders(db, { now: at, peek });
    },
    'campaigns.preview': (v) => previewCampaign(db, v),
    'campaigns.create': (v) => createCampaign(db, v, actor()),
    'campaigns.list': () => listCampaigns(db),
    'campaigns.update': (v) => updateCampaign(db, v, actor()),
    'campaigns.assignees': ({ id }) => campaignAssignees(db, id),
    'campaigns.handOver': (v) => handOverCampaign(db, v, actor()),
    'campaigns.cancel': ({ id, reason }) => cancelCampaign(db, id, reason, actor()),
    'cadence.get': ({ customerId, today }) => cadenceStatus(db, customerId, today ?? undefined),
    'cadence.statuses': ({ customerIds, today }) => cadenceStatuses(db, customerIds, today ?? undefined),
    'cadence.set': ({ customerId, cadence, schedule, today }) =>
      setCadence(db, customerId, cadence, actor(), { schedule, today }),
  };
}
