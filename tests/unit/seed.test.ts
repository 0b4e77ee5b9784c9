import { describe, it, expect } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { listCustomers } from '../../electron/core/customers/list';
import { searchCustomers } from '../../electron/core/search/search';
import { seedDemo } from '../../electron/core/seed/demo';
import { customerListQuery } from '../../shared/customers/schemas';
import { normaliseEmail, normalisePhone, validateCreditCode, validateResidentId } from '../../shared/rules/index';

const COUNT = 2000;
/** A fixed clock for the determinism checks, so they cannot straddle midnight. */
const NOW = Date.UTC(2026, 10, 22);

interface SeededRow {
  id: string;
  kind: 'person' | 'company';
  name: string;
  gender: string | null;
  birthDate: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  idNumber: string | null;
  namePinyin: string;
  nameInitials: string;
  tags: string;
}

function rows(db: Db): SeededRow[] {
  return db
    .prepare(
      `SELECT id, kind, name, gender, birth_date AS birthDate, mobile, phone, email, id_number AS idNumber,
         name_pinyin AS namePinyin, name_initials AS nameInitials, tags
       FROM customers ORDER BY created_at, rowid`,
    )
    .all() as SeededRow[];
}

const count = (db: Db, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

function seeded(
  seed: number,
  now?: number,
  customers = COUNT,
): { db: Db; result: ReturnType<typeof seedDemo>; wallMs: number } {
  const db = openDatabase(':memory:');
  const started = performance.now();
  const result = seedDemo(db, { customers, seed, ...(now === undefined ? {} : { now }) });
  return { db, result, wallMs: performance.now() - started };
}

/** Seeding takes a second or two; allow for a busy machine. */
const SLOW = 60_000;

const CJK_ONLY = /^[\u3400-\u9fff]+$/;

describe('seedDemo', () => {
  const { db, result, wallMs } = seeded(1);
  const all = rows(db);

  it('writes the requested customers with staff, contacts and interactions', () => {
    expect(result.customers).toBe(COUNT);
    expect(count(db, 'SELECT count(*) AS n FROM customers')).toBe(COUNT);
    expect(result.staff).toBe(8);
    expect(count(db, 'SELECT count(*) AS n FROM staff')).toBe(8);
    expect(count(db, 'SELECT count(*) AS n FROM interactions')).toBe(result.interactions);
    expect(result.interactions).toBeGreaterThan(COUNT * 4.5);
    expect(result.interactions).toBeLessThan(COUNT * 5.5);
    expect(count(db, 'SELECT count(*) AS n FROM contacts')).toBe(result.contacts);
    expect(count(db, 'SELECT max(n) AS n FROM (SELECT count(*) AS n FROM interactions GROUP BY customer_id)')).toBe(10);
    expect(count(db, 'SELECT count(*) AS n FROM audit_log')).toBe(0);
    // The time reported is the seed's own: more than nothing, no more than the call took.
    expect(result.ms).toBeGreaterThan(0);
    expect(result.ms).toBeLessThanOrEqual(Math.ceil(wallMs));
  });

  it('mixes Chinese persons, foreigners and companies', () => {
    const companies = all.filter((c) => c.kind === 'company').length / COUNT;
    const chinese = all.filter((c) => c.kind === 'person' && CJK_ONLY.test(c.name)).length / COUNT;
    const latin = all.filter((c) => c.kind === 'person' && /^[A-Za-z]+ [A-Za-z]+$/.test(c.name)).length / COUNT;
    expect(companies).toBeGreaterThan(0.09);
    expect(companies).toBeLessThan(0.15);
    expect(chinese).toBeGreaterThan(0.75);
    expect(latin).toBeGreaterThan(0.05);
    expect(latin).toBeLessThan(0.11);
    expect(chinese + latin + companies).toBeCloseTo(1, 5);
  });

  it('gives only companies contacts, each with a decision maker', () => {
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM contacts t JOIN customers c ON c.id = t.customer_id WHERE c.kind <> 'company'",
      ),
    ).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM customers c WHERE c.kind = 'company' AND NOT EXISTS
           (SELECT 1 FROM contacts t WHERE t.customer_id = c.id AND t.role = 'decision_maker')`,
      ),
    ).toBe(0);
  });

  it(
    'is deterministic for a seed and differs between seeds',
    () => {
      const pick = (list: SeededRow[]) => list.map((c) => [c.name, c.mobile, c.idNumber, c.birthDate]);
      const a = seeded(7, NOW);
      const b = seeded(7, NOW);
      const c = seeded(8, NOW, 200);
      expect(pick(rows(a.db))).toEqual(pick(rows(b.db)));
      expect(a.result.interactions).toBe(b.result.interactions);
      expect(a.db.prepare('SELECT summary, occurred_at FROM interactions ORDER BY rowid').all()).toEqual(
        b.db.prepare('SELECT summary, occurred_at FROM interactions ORDER BY rowid').all(),
      );
      expect(pick(rows(a.db)).slice(0, 50)).not.toEqual(pick(rows(c.db)).slice(0, 50));
    },
    SLOW,
  );

  it('writes only valid mainland mobiles, unique within the seed', () => {
    const mobiles = [
      ...all.map((c) => c.mobile),
      ...(db.prepare('SELECT mobile FROM contacts').pluck().all() as (string | null)[]),
    ].filter((m): m is string => m !== null);
    expect(mobiles.length).toBeGreaterThan(COUNT * 0.8);
    for (const m of mobiles) expect(normalisePhone(m)).toEqual({ ok: true, value: m, kind: 'mobile' });
    expect(new Set(mobiles).size).toBe(mobiles.length);
  });

  it('writes phones as normalisePhone stores them', () => {
    const phones = all.map((c) => c.phone).filter((p): p is string => p !== null);
    expect(phones.length).toBeGreaterThan(100);
    for (const p of phones) {
      const r = normalisePhone(p);
      expect(r.ok && r.value === p && r.kind !== 'mobile', p).toBe(true);
    }
    expect(phones.some((p) => /^0(10|2\d|[3-9]\d\d)-\d{7,8}$/.test(p))).toBe(true);
    expect(phones.some((p) => p.startsWith('+'))).toBe(true);
  });

  it('writes valid resident IDs matching birth date and gender for about 60 % of persons', () => {
    const persons = all.filter((c) => c.kind === 'person');
    const withId = persons.filter((c) => c.idNumber !== null);
    expect(withId.length / persons.length).toBeGreaterThan(0.5);
    expect(withId.length / persons.length).toBeLessThan(0.7);
    for (const c of withId) {
      const r = validateResidentId(c.idNumber ?? '');
      expect(r.ok, c.idNumber ?? '').toBe(true);
      if (!r.ok) continue;
      expect(r.value).toBe(c.idNumber);
      expect(r.birthDate).toBe(c.birthDate);
      expect(r.gender).toBe(c.gender);
    }
    expect(new Set(withId.map((c) => c.idNumber)).size).toBe(withId.length);
  });

  it('writes valid unified social credit codes for companies', () => {
    const codes = all.filter((c) => c.kind === 'company' && c.idNumber !== null).map((c) => c.idNumber ?? '');
    expect(codes.length).toBeGreaterThan(100);
    for (const code of codes) expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('writes valid e-mail addresses', () => {
    const emails = all.map((c) => c.email).filter((e): e is string => e !== null);
    expect(emails.length).toBeGreaterThan(COUNT * 0.2);
    for (const e of emails) expect(normaliseEmail(e).ok, e).toBe(true);
  });

  it('keeps tags JSON and customer_tags in step', () => {
    const fromJson = all.reduce((n, c) => n + (JSON.parse(c.tags) as string[]).length, 0);
    expect(fromJson).toBeGreaterThan(COUNT * 0.5);
    expect(count(db, 'SELECT count(*) AS n FROM customer_tags')).toBe(fromJson);
  });

  it('is found by pinyin initials, name and phone through searchCustomers', () => {
    const chinese = all.filter((c) => c.kind === 'person' && CJK_ONLY.test(c.name));
    const three = chinese.find((c) => c.nameInitials.length === 3);
    const two = chinese.find((c) => c.nameInitials.length === 2);
    expect(three && two).toBeTruthy();
    for (const c of [three, two]) {
      if (!c) continue;
      const hits = searchCustomers(db, c.nameInitials, 200);
      expect(hits.map((h) => h.id)).toContain(c.id);
      expect(hits.find((h) => h.id === c.id)?.matched).toBe('pinyin');
      expect(searchCustomers(db, c.name, 200).map((h) => h.id)).toContain(c.id);
      expect(searchCustomers(db, c.namePinyin, 200).map((h) => h.id)).toContain(c.id);
    }
    const withMobile = chinese.find((c) => c.mobile !== null);
    const m = withMobile?.mobile ?? '';
    expect(searchCustomers(db, `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, 20).map((h) => h.id)).toContain(
      withMobile?.id,
    );
  });

  it('pages through listCustomers with sorts and filters', () => {
    const byName = listCustomers(db, customerListQuery.parse({ sort: 'name', direction: 'asc' }));
    expect(byName.total).toBe(COUNT);
    expect(byName.rows).toHaveLength(50);
    // Account managers' names come with the page (most seeded customers have one).
    expect(byName.rows.filter((r) => r.ownerName).length).toBeGreaterThan(25);
    const vip = listCustomers(db, customerListQuery.parse({ tag: 'VIP' }));
    expect(vip.total).toBe(count(db, "SELECT count(*) AS n FROM customer_tags WHERE tag = 'VIP'"));
    expect(vip.rows.every((r) => r.tags.includes('VIP'))).toBe(true);
    const companies = listCustomers(db, customerListQuery.parse({ kind: 'company', sort: 'region', direction: 'asc' }));
    expect(companies.total).toBe(all.filter((c) => c.kind === 'company').length);
  });

  it('puts back the connection settings and the search trigger', () => {
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(
      count(db, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_insert'"),
    ).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it(
    'adds to a database that already has customers and reuses its staff',
    () => {
      const more = openDatabase(':memory:');
      seedDemo(more, { customers: 300, seed: 3 });
      const progress: [number, number][] = [];
      const again = seedDemo(more, {
        customers: 200,
        seed: 4,
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(again.staff).toBe(0);
      expect(count(more, 'SELECT count(*) AS n FROM customers')).toBe(500);
      expect(count(more, 'SELECT count(*) AS n FROM staff')).toBe(8);
      expect(progress.at(-1)).toEqual([200, 200]);
      // The search index covers both seeds.
      const last = more.prepare('SELECT id, name FROM customers ORDER BY rowid DESC LIMIT 1').get() as {
        id: string;
        name: string;
      };
      expect(searchCustomers(more, last.name, 200).map((h) => h.id)).toContain(last.id);
    },
    SLOW,
  );
});
