/**
 * Demo purchases for a seeded branch: a product catalogue with risk ratings, two years of purchases with a long
 * tail (a few customers buy most: Pareto wealth, lognormal amounts), seasonality (more before the Spring Festival
 * and at quarter ends), customers who stopped buying 12–20 months ago, gross profit per purchase, maturity dates of
 * term products, and risk assessments for most customers (a yearly history; some expired, some expiring within 30
 * days). Purchases keep to the level in effect on their day but for a few sold above it with a recorded reason.
 *
 * Deterministic for a seed and `now` (ids are uuidv7). Written straight into the tables in one transaction,
 * skipping the audit log, like the customer seed.
 */
import { levelLabel, standingOn, yearAfter, addDays, type RiskGrade } from '../../../shared/risk/matching';
import type { Db } from '../db/open';
import { uuidv7 } from '../ids';
import { CST, DAY, isoDate } from './identities';
import { mulberry32, Random, Weighted } from './random';

export interface PurchaseSeedOptions {
  readonly seed?: number;
  /** Epoch ms that dates are counted back from; default the start of today (UTC), as the customer seed. */
  readonly now?: number;
  /** Only customers with a rowid above this one get purchases and assessments (those a seed just added). */
  readonly afterRowid?: number;
}

export interface PurchaseSeedResult {
  readonly products: number;
  readonly purchases: number;
  readonly assessments: number;
  readonly ms: number;
}

interface SeedProduct {
  readonly name: string;
  readonly category: string;
  readonly rating: RiskGrade;
  readonly termDays: number | null;
  /** The smallest amount sold, in yuan. */
  readonly minYuan: number;
  /** Gross profit as a share of the amount (margin, fees, commission). */
  readonly margin: number;
  /** How often it is bought, against the others a customer may buy. */
  readonly weight: number;
}

// prettier-ignore
const PRODUCTS: readonly SeedProduct[] = [
  { name: '活期存款', category: '存款', rating: 1, termDays: null, minYuan: 1000, margin: 0.003, weight: 5 },
  { name: '定期存款', category: '存款', rating: 1, termDays: 365, minYuan: 10_000, margin: 0.006, weight: 6 },
  { name: '大额存单', category: '存款', rating: 1, termDays: 1095, minYuan: 200_000, margin: 0.008, weight: 2 },
  { name: '国债', category: '国债', rating: 1, termDays: 1095, minYuan: 10_000, margin: 0.004, weight: 2 },
  { name: '增额终身寿险', category: '保险', rating: 1, termDays: null, minYuan: 10_000, margin: 0.05, weight: 1 },
  { name: '稳健理财A款', category: '理财', rating: 2, termDays: 180, minYuan: 10_000, margin: 0.008, weight: 6 },
  { name: '债券基金', category: '基金', rating: 2, termDays: null, minYuan: 1000, margin: 0.006, weight: 4 },
  { name: '混合基金', category: '基金', rating: 3, termDays: null, minYuan: 1000, margin: 0.012, weight: 4 },
  { name: '积存金', category: '贵金属', rating: 3, termDays: null, minYuan: 1000, margin: 0.01, weight: 1 },
  { name: '股票基金', category: '基金', rating: 4, termDays: null, minYuan: 1000, margin: 0.015, weight: 3 },
  { name: '私募股权', category: '私募', rating: 5, termDays: 1825, minYuan: 1_000_000, margin: 0.02, weight: 1 },
];

/** The Spring Festival (春节) of each year the demo may cover: the weeks before it are the busiest. */
const SPRING_FESTIVALS = [
  '2023-01-22',
  '2024-02-10',
  '2025-01-29',
  '2026-02-17',
  '2027-02-06',
  '2028-01-26',
  '2029-02-13',
  '2030-02-03',
];

const LEVELS = new Weighted<RiskGrade>([
  [1, 10],
  [2, 30],
  [3, 33],
  [4, 19],
  [5, 8],
]);
const CHANNELS = new Weighted<string>([
  ['柜面', 4],
  ['手机银行', 4],
  ['网上银行', 1],
  ['理财经理', 2],
]);
const OVERRIDE_REASONS = ['客户坚持购买，已签署风险揭示书', '客户书面确认自愿承担风险', '经支行负责人审批，已双录'];

const HISTORY_DAYS = 730;

/** A day of the period: 1 normally, more in the 30 days before the Spring Festival and the last 10 of a quarter. */
function seasonWeight(date: string): number {
  let w = 1;
  for (const festival of SPRING_FESTIVALS) if (date < festival && addDays(date, 30) >= festival) w += 1.2;
  const month = Number(date.slice(5, 7));
  if (month % 3 === 0 && Number(date.slice(8, 10)) > 20) w += 0.6;
  return w;
}
const MAX_SEASON = 2.2;

/** A standard normal draw (Box–Muller). */
const gauss = (r: Random): number => Math.sqrt(-2 * Math.log(1 - r.float())) * Math.cos(2 * Math.PI * r.float());

interface Assessment {
  readonly level: RiskGrade;
  readonly assessedOn: string;
  readonly expiresOn: string;
}

/** A yearly history of assessments back to before the purchases began, the newest `age` days ago. */
function assessments(r: Random, today: string, from: string): Assessment[] {
  const roll = r.float();
  // 14 % expired, 8 % expiring within 30 days, the rest valid.
  const age = roll < 0.14 ? r.int(366, 560) : roll < 0.22 ? r.int(336, 364) : r.int(0, 334);
  const dates = [addDays(today, -age)];
  while ((dates.at(-1) ?? from) > from) dates.push(addDays(dates.at(-1) ?? from, -(365 - r.int(0, 25))));
  let level = LEVELS.pick(r);
  return dates.reverse().map((assessedOn) => {
    if (r.chance(0.2)) level = Math.min(5, Math.max(1, level + (r.chance(0.5) ? 1 : -1))) as RiskGrade;
    return { level, assessedOn, expiresOn: yearAfter(assessedOn) };
  });
}

export function seedPurchases(db: Db, options: PurchaseSeedOptions = {}): PurchaseSeedResult {
  const started = performance.now();
  const r = new Random(mulberry32((options.seed ?? 1) * 7919 + 13));
  const now = options.now ?? Math.floor(Date.now() / DAY) * DAY;
  const today = isoDate(now + CST);
  const from = addDays(today, -HISTORY_DAYS);
  const customers = db
    .prepare(
      `SELECT id, kind, created_at AS createdAt, owner_id AS ownerId FROM customers
       WHERE deleted_at IS NULL AND rowid > ? ORDER BY rowid`,
    )
    .all(options.afterRowid ?? 0) as { id: string; kind: string; createdAt: string; ownerId: string | null }[];

  const insertProduct = db.prepare(
    `INSERT INTO products (id, name, category, risk_rating, term_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssessment = db.prepare(
    `INSERT INTO risk_assessments (id, customer_id, level, assessed_on, expires_on, notes, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertChange = db.prepare(
    `INSERT OR REPLACE INTO class_changes (customer_id, scheme, changed_on, old_class, new_class) VALUES (?, 'risk', ?, ?, ?)`,
  );
  const insertPurchase = db.prepare(
    `INSERT INTO transactions (id, customer_id, occurred_on, matures_on, product, amount_cents, profit_cents, channel,
       notes, product_id, risk_override, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
  );

  // Every day of the period with how busy it is.
  const days: string[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) days.push(d);
  const weights = days.map(seasonWeight);

  let purchases = 0;
  let assessed = 0;
  // As the customer seed: no foreign-key lookups while writing (every reference is to a row that exists).
  const previousForeignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      const stamp = `${from}T01:00:00.000Z`;
      const catalogue = PRODUCTS.map((p) => {
        const existing = db
          .prepare('SELECT id FROM products WHERE name = ? AND deleted_at IS NULL')
          .pluck()
          .get(p.name);
        const id = (existing as string | undefined) ?? uuidv7();
        if (!existing) insertProduct.run(id, p.name, p.category, p.rating, p.termDays, stamp, stamp);
        return { ...p, id };
      });
      const upTo = new Map<number, Weighted<(typeof catalogue)[number]>>();
      const choice = (max: number) => {
        let w = upTo.get(max);
        if (!w) upTo.set(max, (w = new Weighted(catalogue.filter((p) => p.rating <= max).map((p) => [p, p.weight]))));
        return w;
      };

      for (const c of customers) {
        const joined = c.createdAt.slice(0, 10);
        const start = joined > from ? joined : from;
        // Most customers are assessed (more of those who buy); the rest may buy only R1.
        const buys = r.chance(0.78);
        const chain = r.chance(buys ? 0.88 : 0.5) ? assessments(r, today, start) : [];
        let previous: string | null = null;
        for (const a of chain) {
          const at = `${a.assessedOn}T02:${String(r.int(10, 59))}:00.000Z`;
          insertAssessment.run(uuidv7(), c.id, a.level, a.assessedOn, a.expiresOn, null, at, c.ownerId);
          const level = levelLabel(a.level);
          if (level !== previous) insertChange.run(c.id, a.assessedOn, previous, level);
          previous = level;
          assessed += 1;
        }
        if (!buys || start >= today) continue;

        // Wealth: Pareto (α 1.16 puts about 80 % of the money with 20 % of the buyers); companies buy bigger.
        const wealth = Math.min(300, (1 - r.float()) ** (-1 / 1.16)) * (c.kind === 'company' ? 3 : 1);
        // One buyer in six stopped buying 12–20 months ago.
        const stoppedOn = addDays(today, -r.int(365, 600));
        const end = r.chance(0.17) && stoppedOn > addDays(start, 60) ? stoppedOn : today;
        if (addDays(start, 7) > end) continue;
        const first = days.indexOf(start);
        const last = days.indexOf(end);
        // A steady rate per year of the customer's window, whenever they joined.
        const count = Math.min(
          80,
          Math.max(1, Math.round(wealth ** 0.5 * (0.5 + 2.5 * r.float()) * ((last - first) / 365))),
        );
        for (let i = 0; i < count; i += 1) {
          let day = first;
          do day = r.int(first, last);
          while (r.float() * MAX_SEASON > (weights[day] ?? 1));
          const on = days[day] ?? start;
          const standing = standingOn(chain, on);
          const allowed = standing && standing.expiresOn > on ? standing.level : 1;
          const above = allowed < 5 && r.chance(0.02);
          const product = above ? r.pick(catalogue.filter((p) => p.rating > allowed)) : choice(allowed).pick(r);
          const yuan = Math.exp(Math.log(30_000) + 0.8 * gauss(r)) * wealth ** 0.8;
          const amountYuan = Math.max(product.minYuan, Math.min(50_000_000, Math.round(yuan / 1000) * 1000));
          const amountCents = amountYuan * 100;
          const profitCents = Math.round(amountCents * product.margin * (0.7 + 0.6 * r.float()));
          const at = `${on}T0${String(r.int(1, 9))}:${String(r.int(10, 59))}:00.000Z`;
          const by = c.ownerId;
          // prettier-ignore
          insertPurchase.run(
          uuidv7(), c.id, on, product.termDays ? addDays(on, product.termDays) : null, product.name, amountCents,
          profitCents, CHANNELS.pick(r), product.id, above ? r.pick(OVERRIDE_REASONS) : null, at, by, at, by,
        );
          purchases += 1;
        }
      }
    })();
  } finally {
    db.pragma(`foreign_keys = ${previousForeignKeys ? 'ON' : 'OFF'}`);
  }
  return { products: PRODUCTS.length, purchases, assessments: assessed, ms: Math.round(performance.now() - started) };
}
