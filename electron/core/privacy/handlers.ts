import type { privacyContract } from '../../../shared/privacy/contract';
import { audit } from '../audit/log';
import type { AreaContext, CoreContext, HandlersOf } from '../context';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { assertConfirmed } from './erase';
import { eraser, privacyWorker } from './eraser';
import { exportPersonalFile } from './personal-file';
import { customFieldFlags, setPersonalFields } from './personal-fields';
import { setTrashDays, trashDays } from './retention';

export type PrivacyHandlers = HandlersOf<typeof privacyContract>;

const staffName = (db: Db, id: string): string =>
  (stmt(db, 'SELECT name FROM staff WHERE id = ?').pluck().get(id) as string | undefined) ?? id;

export function privacyHandlers({ db, actor }: AreaContext, app: CoreContext): PrivacyHandlers {
  const erasing = eraser(db, app.dbPath, privacyWorker(app.importWorkerPath));
  return {
    // Staff reach only their own and unassigned customers here: the dispatch checks the id (auth/records.ts).
    'privacy.export': ({ id, format, language }) => exportPersonalFile(db, id, format, language, actor()),
    'privacy.erase': async ({ id, confirm }) => {
      assertConfirmed(db, id, confirm);
      const me = actor();
      const [result] = await erasing.erase([id], me, staffName(db, me));
      if (!result) throw new Error('erase answered nothing');
      return result;
    },
    'privacy.settings': ({ trashDays: days, personalFields }) => {
      if (personalFields) setPersonalFields(db, personalFields, actor());
      if (days !== undefined && days !== trashDays(db))
        db.transaction(() => {
          audit(db, {
            entity: 'privacy',
            entityId: 'settings',
            action: 'update',
            staffId: actor(),
            changes: { trashDays: [trashDays(db), days] },
          });
          setTrashDays(db, days);
        })();
      return { trashDays: trashDays(db), customFields: customFieldFlags(db) };
    },
    'privacy.emptyTrash': async () => {
      const me = actor();
      return { erased: await erasing.emptyTrash(me, staffName(db, me)) };
    },
    'privacy.reveal': ({ id }) => {
      const row = stmt(db, 'SELECT mobile, id_number AS idNumber FROM customers WHERE id = ?').get(id) as
        { mobile: string | null; idNumber: string | null } | undefined;
      if (!row) return { mobile: null, idNumber: null };
      // Reading an unmasked phone or ID number is recorded (which fields, never the values).
      audit(db, {
        entity: 'customer',
        entityId: id,
        action: 'read',
        staffId: actor(),
        changes: { fields: ['mobile', 'idNumber'] },
      });
      return row;
    },
  };
}
