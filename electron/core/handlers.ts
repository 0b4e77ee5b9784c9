import type { Channel } from '../../shared/channels';
import type { Output, ParsedInput } from '../../shared/contract';
import { DossierError } from '../../shared/result';
import * as contacts from './contacts/contacts';
import * as customers from './customers/customers';
import * as interactions from './interactions/timeline';
import type { Db } from './db/open';
import { schemaVersion } from './db/open';
import { getSettings, updateSettings } from './settings/settings';
import { ensureDefaultStaff, listStaff } from './staff/staff';
import * as transactions from './purchases/purchases';
import { exportData } from './export/exports';
import type { ImportSettings } from './import/engine';
import { listBatches, rejectedRowsOf, undoImport, undoPlan } from './import/batches';
import { FileStore } from './import/files';
import { JobRunner, type InspectionKind, type Inspections } from './import/jobs';
import { rejectedWorkbook } from './import/rejected';
import { translate } from '../../shared/i18n/index';
import { reportWorkbook } from './callbacks/report-workbook';
import { createCallbackHandlers } from './callbacks/handlers';
import { callbackReport } from './callbacks/repo';

export interface CoreContext {
  readonly db: Db;
  readonly dbPath: string;
  readonly host: 'desktop' | 'web';
  readonly version: string;
  /** The bundled import worker; null runs imports in this thread (tests). */
  readonly importWorkerPath?: string | null;
}

export type Handlers = { readonly [K in Channel]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

/** The whole app's behaviour, one function per channel; hosts only transport. */
export function createHandlers(ctx: CoreContext): Handlers {
  const { db } = ctx;
  const defaultStaff = ensureDefaultStaff(db);
  const actor = (): string => getSettings(db).currentStaffId ?? defaultStaff.id;
  const files = new FileStore();
  const jobs = new JobRunner(db, ctx.dbPath, ctx.importWorkerPath ?? null);
  const settingsOf = (input: ParsedInput<'import.inspect'>): ImportSettings => ({
    target: input.target,
    sheet: input.sheet ?? null,
    encoding: input.encoding ?? null,
    headerRow: input.headerRow ?? null,
    mapping: input.mapping ?? null,
    dateOrders: Object.fromEntries(Object.entries(input.dateOrders).map(([k, v]) => [Number(k), v])),
  });
  const inspection = async <K extends InspectionKind>(
    kind: K,
    input: ParsedInput<'import.inspect'>,
  ): Promise<Inspections[K]> => {
    const file = files.get(input.fileId);
    return await jobs.inspect(kind, {
      fileId: input.fileId,
      fileName: file.name,
      bytes: file.bytes,
      settings: settingsOf(input),
    });
  };
  const download = (file: { fileName: string; mimeType: string; bytes: Buffer }) => ({
    fileName: file.fileName,
    mimeType: file.mimeType,
    base64: file.bytes.toString('base64'),
  });

  return {
    ...createCallbackHandlers(db, actor),
    'callbacks.export': async ({ report, language }) =>
      download({
        fileName: `${translate(language, 'callbacks.report.fileName')}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await reportWorkbook(callbackReport(db, report), language),
      }),
    'app.info': () => ({ version: ctx.version, dbPath: ctx.dbPath, schemaVersion: schemaVersion(db), host: ctx.host }),
    'settings.get': () => getSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
    'staff.list': () => listStaff(db),
    'customers.search': ({ query, limit }) => customers.searchCustomers(db, query, limit),
    'customers.list': (q) => customers.listCustomers(db, q),
    'customers.facets': () => ({ ...customers.facetValues(db), staff: listStaff(db) }),
    'customers.get': ({ id }) => {
      const customer = customers.getCustomer(db, id);
      const timeline = interactions.listInteractions(db, id, 0, 50);
      return {
        customer,
        contacts: contacts.listContacts(db, id),
        interactions: timeline.rows,
        interactionTotal: timeline.total,
      };
    },
    'customers.create': ({ customer, allowDuplicate }) => {
      if (!allowDuplicate) {
        const duplicates = customers.findDuplicates(db, customer, null);
        const first = duplicates[0];
        if (first)
          throw new DossierError({
            code: 'conflict',
            message: `A customer with the same ${first.reasons.join(', ')} exists: ${first.name}`,
            details: { duplicateId: first.id, duplicateName: first.name, reason: first.reasons[0] ?? 'mobile' },
          });
      }
      return customers.createCustomer(db, customer, actor());
    },
    'customers.update': ({ id, customer }) => customers.updateCustomer(db, id, customer, actor()),
    'customers.duplicates': ({ customer, excludeId }) => customers.findDuplicates(db, customer, excludeId ?? null),
    'customers.delete': ({ id }) => customers.deleteCustomer(db, id, actor()),
    'customers.restore': ({ id }) => customers.restoreCustomer(db, id, actor()),
    'customers.trash': ({ page, pageSize }) => customers.listTrash(db, page, pageSize),
    'contacts.save': (input) => {
      customers.getCustomer(db, input.customerId);
      return contacts.saveContact(db, input, actor());
    },
    'contacts.delete': ({ id }) => {
      contacts.deleteContact(db, id, actor());
      return { ok: true };
    },
    'interactions.create': (input) => {
      customers.getCustomer(db, input.customerId);
      return interactions.createInteraction(db, input, actor());
    },
    'interactions.list': ({ customerId, offset, limit }) =>
      interactions.listInteractions(db, customerId, offset, limit),
    'interactions.delete': ({ id }) => {
      interactions.deleteInteraction(db, id, actor());
      return { ok: true };
    },
    'transactions.list': ({ customerId }) => transactions.listTransactions(db, customerId),
    'transactions.save': (input) => {
      customers.getCustomer(db, input.customerId);
      return transactions.saveTransaction(db, input, actor());
    },
    'transactions.delete': ({ id }) => {
      transactions.deleteTransaction(db, id, actor());
      return { ok: true };
    },
    'files.upload': ({ name, data }) => files.add(name, data),
    // Off the main thread (the desktop's main process) when there is a worker: see JobRunner.inspect.
    'import.inspect': (input) => inspection('inspect', input),
    'import.duplicates': (input) => inspection('duplicates', input),
    'import.start': (input) => {
      const file = files.get(input.fileId);
      return jobs.startImport({
        fileName: file.name,
        bytes: file.bytes,
        settings: settingsOf(input),
        policy: input.policy,
        actor: actor(),
      });
    },
    'import.batches': () => listBatches(db),
    'import.undoPlan': ({ batchId }) => undoPlan(db, batchId),
    'import.undo': ({ batchId, includeChanged }) => undoImport(db, batchId, actor(), { includeChanged }),
    'import.rejectedFile': async ({ batchId, language }) => {
      const { headers, rows } = rejectedRowsOf(db, batchId);
      return download({
        fileName: `${translate(language, 'import.rejectedSheet')}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: await rejectedWorkbook(headers, rows, language),
      });
    },
    'jobs.get': ({ jobId }) => jobs.get(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
    'export.create': async ({ what, format, encoding, language, filter }) =>
      download(
        await exportData(db, {
          what,
          format,
          encoding,
          language,
          filter: {
            query: filter.query,
            kind: filter.kind ?? null,
            ownerId: filter.ownerId ?? null,
            tag: filter.tag ?? null,
            region: filter.region ?? null,
          },
        }),
      ),
  };
}
