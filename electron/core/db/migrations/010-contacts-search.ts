import type { Database } from 'better-sqlite3';
import { reindexContacts } from '../../search/contacts';
import { SHORT_INSERT, SHORT_UPDATE } from '../../search/schema';

/**
 * A company is found by its contacts: the short index's name column also holds the keys of the customer's live
 * contacts' names (search/schema.ts), and the search text their names, pinyin, initials and mobiles
 * (search/contacts.ts). The insert and update triggers are written anew; every customer with contacts is indexed
 * again, the others' entries stay as they are.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TRIGGER customers_short_insert;
    DROP TRIGGER customers_short_update;
    ${SHORT_INSERT.sql};
    ${SHORT_UPDATE.sql};
  `);
  const ids = db
    .prepare('SELECT DISTINCT customer_id FROM contacts WHERE deleted_at IS NULL')
    .pluck()
    .all() as string[];
  for (const id of ids) reindexContacts(db, id);
}
