import type { complaintContract } from '../../../shared/complaints/contract';
import { translate } from '../../../shared/i18n/index';
import type { AreaContext, HandlersOf } from '../context';
import { workbookDownload } from '../export/download';
import {
  complaintCounts,
  complaintDetail,
  complaintDue,
  createComplaint,
  listComplaints,
  updateComplaint,
} from './complaints';
import { complaintReport } from './report';
import { complaintWorkbook } from './report-workbook';
import { complaintSettings, updateComplaintSettings } from './settings';
import { closeComplaint, reassignComplaints, reopenComplaint, resolveComplaint, startComplaint } from './workflow';

export type ComplaintHandlers = HandlersOf<typeof complaintContract>;

export function complaintHandlers({ db, actor }: AreaContext): ComplaintHandlers {
  return {
    'complaints.list': (q) => listComplaints(db, q, actor()),
    'complaints.counts': ({ today }) => complaintCounts(db, today, actor()),
    'complaints.get': ({ id }) => complaintDetail(db, id),
    'complaints.dueDate': ({ receivedAt, severity }) => complaintDue(db, receivedAt, severity),
    'complaints.create': (v) => createComplaint(db, v, actor()),
    'complaints.update': (v) => updateComplaint(db, v, actor()),
    'complaints.start': ({ id, note }) => startComplaint(db, id, note, actor()),
    'complaints.resolve': (v) => resolveComplaint(db, v, actor()),
    'complaints.close': (v) => closeComplaint(db, v, actor()),
    'complaints.reopen': ({ id, reason }) => reopenComplaint(db, id, reason, actor()),
    'complaints.reassign': ({ ids, staffId, reason }) => reassignComplaints(db, ids, staffId, reason, actor()),
    'complaints.report': (q) => complaintReport(db, q),
    'complaints.export': async ({ report, language }) =>
      workbookDownload(
        translate(language, 'complaints.report.fileName'),
        await complaintWorkbook(db, complaintReport(db, report), language),
      ),
    'complaints.settings.get': () => complaintSettings(db),
    'complaints.settings.update': (patch) => updateComplaintSettings(db, patch, actor()),
  };
}
