/**
 * Demo data for a branch office: persons (mostly Chinese), foreigners and companies with valid phones, resident IDs
 * and credit codes, staff owners, company contacts and a few years of interactions.
 *
 * Deterministic: the same seed gives the same names, numbers and fields (ids are uuidv7 and embed the wall clock;
 * dates are counted back from `now`, by default the start of today in UTC). Rows are written straight into the tables
 * in large transactions, skipping the audit log; name keys and the search text come from the same functions the
 * customer repository uses.
 */
import { CONTACT_ROLES } from '../../../shared/contacts/types';
import type { ContactRole } from '../../../shared/contacts/types';
import type { LOGGABLE_KINDS } from '../../../shared/interactions/types';
import type { CustomerValues } from '../../../shared/customers/schemas';
import { createStaff } from '../staff/staff';
import type { Db } from '../db/open';
import { uuidv7 } from '../ids';
import { contactLines } from '../search/contacts';
import { nameKeys, searchText, type NameKeys } from '../search/keys';
import { INSERT_TRIGGERS, isKnownTrigger } from '../search/schema';
import { mulberry32, Random } from './random';
import {
  ENGLISH_MALE,
  ENGLISH_FEMALE,
  ENGLISH_SURNAMES,
  NATIONALITIES,
  FOREIGN_PHONES,
  DISTRICTS,
  HOME_DISTRICTS,
  TAGS,
  TAG_COUNT,
  SOURCE_WEIGHTS,
  MARITAL,
  STAFF_NAMES,
  POSITIONS,
  INSTITUTIONS,
  ENGLISH_COMPANIES,
  CONTACT_TITLES,
  PERSON_MAIL,
  FOREIGN_MAIL,
  NOTES,
  INTERACTION_KIND_WEIGHTS,
  SUMMARIES,
  OUTCOMES,
} from './source-lists';
import {
  DAY,
  CST,
  isoTime,
  isoDate,
  officeTime,
  chineseName,
  mobile,
  landline,
  address,
  residentId,
  creditCode,
  chineseCompanyName,
} from './identities';

export interface SeedOptions {
  /** How many customers to add. */
  readonly customers: number;
  /** PRNG seed; default 1. */
  readonly seed?: number;
  /** Average interactions per customer (each customer gets 0 … 2× this); default 5. */
  readonly interactionsPerCustomer?: number;
  /** Called every 5,000 customers (and at the end) with customers written so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Epoch ms that dates are counted back from; default the start of today (UTC). */
  readonly now?: number;
}

export interface SeedResult {
  readonly customers: number;
  readonly interactions: number;
  readonly contacts: number;
  /** Staff members created (existing staff with the same names are reused). */
  readonly staff: number;
  readonly ms: number;
}

/** Customers per transaction; fewer, larger commits mean fewer FTS segments and WAL checkpoints. */
const TRANSACTION = 20_000;
/** Customers between progress reports. */
const PROGRESS_EVERY = 5000;
const YEAR = 365.25 * DAY;

// ---------------------------------------------------------------------------------------------------------------
// Seeding

/** A generated customer: the stored values (no custom fields), its id and when it was created. */
interface CustomerRecord extends Omit<CustomerValues, 'customFields' | 'idType'> {
  id: string;
  createdAt: number;
}

function ensureStaff(db: Db): { ids: string[]; created: number } {
  const find = db.prepare('SELECT id FROM staff WHERE name = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1');
  let created = 0;
  const ids = STAFF_NAMES.map((name) => {
    const row = find.get(name) as { id: string } | undefined;
    if (row) return row.id;
    created += 1;
    return createStaff(db, name).id;
  });
  return { ids, created };
}

export function seedDemo(db: Db, options: SeedOptions): SeedResult {
  const started = performance.now();
  const total = Math.max(0, Math.floor(options.customers));
  const r = new Random(mulberry32(options.seed ?? 1));
  const perCustomer = Math.max(0, options.interactionsPerCustomer ?? 5);
  const maxInteractions = Math.round(perCustomer * 2);
  const now = options.now ?? Math.floor(Date.now() / DAY) * DAY;
  const since = now - 3 * YEAR;

  const keyCache = new Map<string, NameKeys>();
  const keysOf = (name: string): NameKeys => {
    let k = keyCache.get(name);
    if (!k) {
      k = nameKeys(name);
      keyCache.set(name, k);
    }
    return k;
  };
  const usedMobiles = new Set<string>();
  const usedIds = new Set<string>();

  const insertCustomer = db.prepare(
    `INSERT INTO customers (id, kind, name, gender, birth_date, mobile, phone, email, address, region, employer,
       position, nationality, marital_status, source, id_number, industry, headcount, owner_id, notes, tags,
       name_pinyin, name_initials, search_text, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = db.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  const insertContact = db.prepare(
    `INSERT INTO contacts (id, customer_id, name, title, role, mobile, email, notes, created_at, created_by,
       updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInteraction = db.prepare(
    `INSERT INTO interactions (id, customer_id, kind, occurred_at, staff_id, summary, outcome, created_at, created_by,
       updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  // Only for the seed: no fsync, a big page cache, and no foreign-key lookups (every reference is to a row written
  // just before). All three are connection settings, put back afterwards; inside a transaction (seedInOneBatch)
  // they cannot change and the batch has set them.
  const own = !db.inTransaction;
  const previousSync = db.pragma('synchronous', { simple: true }) as number;
  const previousCache = db.pragma('cache_size', { simple: true }) as number;
  const previousForeignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (own) {
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -131072');
    db.pragma('foreign_keys = OFF');
  }

  let interactions = 0;
  let contacts = 0;
  let staffCreated = 0;
  try {
    const staff = db.transaction(() => ensureStaff(db))();
    staffCreated = staff.created;
    // Employers of seeded persons: companies of the branch's cities and public institutions.
    const employers: string[] = [];
    for (let i = 0; i < 400; i += 1) {
      const d = HOME_DISTRICTS.pick(r);
      employers.push(r.chance(0.75) ? chineseCompanyName(r, d).name : `${d.city}${r.pick(INSTITUTIONS)}`);
    }

    const makePerson = (id: string, createdAt: number, ownerId: string | null): CustomerRecord => {
      const home = HOME_DISTRICTS.pick(r);
      const foreign = r.chance(0.09); // ≈8 % of all customers, as persons are ≈88 %
      const gender: 'male' | 'female' = r.chance(0.5) ? 'male' : 'female';
      const name = foreign
        ? `${r.pick(gender === 'male' ? ENGLISH_MALE : ENGLISH_FEMALE)} ${r.pick(ENGLISH_SURNAMES)}`
        : chineseName(r, gender);
      const age = r.chance(0.7) ? r.int(25, 60) : r.int(18, 85);
      const birthMs = now - age * YEAR - r.int(0, 364) * DAY;
      const birthDate = isoDate(birthMs);
      const retired = age >= 60 && r.chance(0.6);
      const keys = keysOf(name);
      let email: string | null = null;
      if (foreign ? r.chance(0.8) : r.chance(0.35)) {
        const local =
          r.chance(0.15) && !foreign
            ? r.digits(1).replace('0', '1') + r.digits(r.int(6, 9))
            : `${keys.full}${r.chance(0.5) ? String(r.int(1, 99)) : birthDate.slice(2, 4)}`;
        email = `${local}@${foreign ? r.pick(FOREIGN_MAIL) : local.match(/^\d/) ? 'qq.com' : r.pick(PERSON_MAIL)}`;
      }
      let phone: string | null = null;
      if (foreign && r.chance(0.35)) {
        const [cc, len] = r.pick(FOREIGN_PHONES);
        phone = `+${cc}${String(r.int(2, 9))}${r.digits(len - 1)}`;
      } else if (r.chance(0.15)) phone = landline(r, home, false);
      const idNumber =
        !foreign && r.chance(0.68)
          ? residentId(r, r.chance(0.6) ? home : r.pick(DISTRICTS), birthDate, gender, usedIds)
          : null;
      const tags = pickTags(r, retired ? ['理财', '保险', 'VIP'] : []);
      return {
        id,
        kind: 'person',
        name,
        gender: r.chance(0.97) || idNumber ? gender : null,
        birthDate: idNumber || r.chance(0.7) ? birthDate : null,
        mobile: foreign && r.chance(0.3) ? null : mobile(r, usedMobiles),
        phone,
        email,
        address: r.chance(0.8) ? address(r, home) : null,
        region: r.chance(0.95) ? home.region : null,
        employer: retired || r.chance(0.2) ? null : r.pick(employers),
        position: retired ? '退休' : r.chance(0.8) ? r.pick(POSITIONS) : null,
        nationality: foreign ? NATIONALITIES.pick(r) : r.chance(0.7) ? '中国' : null,
        maritalStatus: age < 22 ? 'single' : MARITAL.pick(r),
        source: r.chance(0.9) ? SOURCE_WEIGHTS.pick(r) : null,
        idNumber,
        industry: null,
        headcount: null,
        ownerId,
        notes: r.chance(0.15) ? r.pick(NOTES) : null,
        tags,
        createdAt,
      };
    };

    const makeCompany = (id: string, createdAt: number, ownerId: string | null): CustomerRecord => {
      const home = HOME_DISTRICTS.pick(r);
      let name: string;
      let industry: string;
      let domain: string;
      if (r.chance(0.1)) {
        [name, industry] = r.pick(ENGLISH_COMPANIES);
        domain = `${keysOf(name).initials}.com`;
      } else {
        const c = chineseCompanyName(r, home);
        name = c.name;
        industry = c.industry;
        domain = `${keysOf(c.brand).full}${r.chance(0.5) ? 'group' : ''}.com.cn`;
      }
      const tags = pickTags(r, ['代发工资', '贷款', 'VIP']);
      return {
        id,
        kind: 'company',
        name,
        gender: null,
        birthDate: null,
        mobile: r.chance(0.5) ? mobile(r, usedMobiles) : null,
        phone: r.chance(0.9) ? landline(r, home, r.chance(0.3)) : null,
        email: r.chance(0.6) ? `${r.pick(['info', 'service', 'finance', 'contact'])}@${domain}` : null,
        address: `${address(r, home).replace(/\d+栋\d+室$/, '')}${r.chance(0.5) ? `${r.int(2, 28)}层` : ''}`,
        region: home.region,
        employer: null,
        position: null,
        nationality: null,
        maritalStatus: null,
        source: SOURCE_WEIGHTS.pick(r),
        idNumber: r.chance(0.9) ? creditCode(r, home, usedIds) : null,
        industry,
        headcount: r.chance(0.8) ? Math.round(Math.exp(r.float() * Math.log(3000))) + 2 : null,
        ownerId,
        notes: r.chance(0.1) ? '对公客户，结算账户在本网点' : null,
        tags,
        createdAt,
      };
    };

    /** Writes a customer with its tags, interactions and contacts; answers how many interactions it logged. */
    const writeCustomer = (c: CustomerRecord): number => {
      const keys = keysOf(c.name);
      const created = isoTime(c.createdAt);
      // Interactions: between creation and now, each logged by a staff member (mostly the owner).
      const count = maxInteractions > 0 ? r.int(0, maxInteractions) : 0;
      const pending: [number, (typeof LOGGABLE_KINDS)[number]][] = [];
      for (let i = 0; i < count; i += 1)
        pending.push([officeTime(r, c.createdAt, now), INTERACTION_KIND_WEIGHTS.pick(r)]);
      pending.sort((a, b) => a[0] - b[0]);
      const updated = Math.max(c.createdAt, pending.at(-1)?.[0] ?? c.createdAt);
      // Drawn first, written after the customer, whose search text holds its contacts' names and mobiles.
      const interactionRows: unknown[][] = [];
      for (const [at, kind] of pending) {
        const staffId = c.ownerId && r.chance(0.85) ? c.ownerId : r.pick(staff.ids);
        const stamp = isoTime(at + r.int(1, 120) * 60_000);
        const outcome = r.pick(OUTCOMES[kind]);
        // prettier-ignore
        interactionRows.push([
          uuidv7(), c.id, kind, isoTime(at), staffId, r.pick(SUMMARIES[kind])(r), outcome, stamp, staffId, stamp, staffId,
        ]);
      }
      const contactRows: { name: string; mobile: string | null; row: unknown[] }[] = [];
      if (c.kind === 'company') {
        const n = r.int(1, 3);
        for (let i = 0; i < n; i += 1) {
          const role: ContactRole = i === 0 ? 'decision_maker' : r.pick(CONTACT_ROLES.slice(1));
          const gender = r.chance(0.5) ? 'male' : 'female';
          const contactName = chineseName(r, gender);
          const title = r.pick(CONTACT_TITLES[role]);
          const contactMobile = r.chance(0.9) ? mobile(r, usedMobiles) : null;
          // prettier-ignore
          contactRows.push({ name: contactName, mobile: contactMobile, row: [
            uuidv7(), c.id, contactName, title, role, contactMobile,
            r.chance(0.4) ? `${keysOf(contactName).full}@${c.email?.split('@')[1] ?? r.pick(PERSON_MAIL)}` : null,
            role === 'decision_maker' && r.chance(0.3) ? '重要事项需其签字确认' : null,
            created, c.ownerId, created, c.ownerId,
          ] });
        }
        contacts += n;
      }
      const text = searchText({ ...c, extra: contactLines(contactRows) }, keys);
      // prettier-ignore
      insertCustomer.run(
        c.id, c.kind, c.name, c.gender, c.birthDate, c.mobile, c.phone, c.email, c.address, c.region, c.employer,
        c.position, c.nationality, c.maritalStatus, c.source, c.idNumber, c.industry, c.headcount, c.ownerId, c.notes,
        JSON.stringify(c.tags), keys.full, keys.initials, text, created, c.ownerId, isoTime(updated), c.ownerId,
      );
      for (const tag of c.tags) insertTag.run(c.id, tag);
      for (const row of interactionRows) insertInteraction.run(...row);
      for (const contact of contactRows) insertContact.run(...contact.row);
      return count;
    };

    // Customers arrive steadily over the three years, during office hours; insertion order is creation order.
    const firstDay = Math.floor((since + CST) / DAY);
    const days = Math.floor((now + CST) / DAY) - firstDay;
    const creationTime = (position: number): number => {
      const x = (position / Math.max(total, 1)) * days;
      const day = Math.floor(x);
      return (firstDay + day) * DAY - CST + 9 * 3_600_000 + Math.floor((x - day) * 9 * 3_600_000);
    };

    // FTS5 flushes its pending terms at every statement savepoint, which a trigger opens for each row: indexing a
    // batch with one INSERT … SELECT is several times faster. The insert triggers of both search indexes (trigram
    // and short) are dropped and recreated from their own stored SQL inside each batch's transaction, so the schema
    // is never left without them; a trigger that is not the one search/schema.ts knows is left to index row by row.
    const storedTrigger = (name: string): string | undefined =>
      db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as
        string | undefined;
    const bulkIndexes = INSERT_TRIGGERS.flatMap((trigger) => {
      const create = storedTrigger(trigger.name);
      return create && isKnownTrigger(create, trigger)
        ? [{ trigger: trigger.name, create, index: db.prepare(trigger.bulk) }]
        : [];
    });
    const lastRowid = db.prepare('SELECT coalesce(max(rowid), 0) FROM customers').pluck();

    const writeBatch = db.transaction((from: number, to: number) => {
      for (const b of bulkIndexes) db.exec(`DROP TRIGGER ${b.trigger}`);
      // New customers take rowids above every existing one: the bulk statements index those.
      const indexedUpTo = lastRowid.get() as number;
      for (let i = from; i < to; i += 1) {
        const createdAt = creationTime(i + r.float());
        const ownerId = r.chance(0.95) ? r.pick(staff.ids) : null;
        const id = uuidv7();
        const c = r.chance(0.12) ? makeCompany(id, createdAt, ownerId) : makePerson(id, createdAt, ownerId);
        interactions += writeCustomer(c);
        if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total) options.onProgress?.(i + 1, total);
      }
      for (const b of bulkIndexes) {
        if (to > from) b.index.run(indexedUpTo);
        db.exec(b.create);
      }
    });

    for (let from = 0; from < total; from += TRANSACTION) writeBatch(from, Math.min(total, from + TRANSACTION));
  } finally {
    if (own) {
      db.pragma(`foreign_keys = ${previousForeignKeys ? 'ON' : 'OFF'}`);
      db.pragma(`cache_size = ${previousCache}`);
      db.pragma(`synchronous = ${previousSync}`);
    }
  }
  return { customers: total, interactions, contacts, staff: staffCreated, ms: Math.round(performance.now() - started) };
}

function pickTags(r: Random, favoured: readonly string[]): string[] {
  const n = TAG_COUNT.pick(r);
  const tags: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const tag = favoured.length > 0 && r.chance(0.3) ? r.pick(favoured) : r.pick(TAGS);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
