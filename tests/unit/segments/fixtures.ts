/** Customers with classes, assessments and purchases as the segment computation and risk areas would store them. */
import { randomUUID } from 'node:crypto';
import { createCustomer } from '../../../electron/core/customers/records';
import type { Db } from '../../../electron/core/db/open';
import { classCode } from '../../../electron/core/segments/class-code';
import { customer } from '../helpers';
import type { CustomerInput } from '../../../shared/customers/schemas';

export interface Classes {
  readonly abc: 'A' | 'B' | 'C';
  readonly rfm?: string;
  readonly frequency?: 'high' | 'low' | 'zero';
  readonly value?: 'core' | 'potential' | 'general';
  readonly lifecycle?: 'exploration' | 'formation' | 'stable' | 'decline';
  readonly r?: number | null;
  readonly f?: number | null;
  readonly m?: number | null;
  readonly amountCents?: number;
}

/** The customer's row of customer_segments, replaced whole (as a recomputation does). */
export function classify(db: Db, customerId: string, c: Classes): void {
  const bought = (c.amountCents ?? 0) > 0;
  const classes = {
    abc: c.abc,
    rfm: c.rfm ?? (bought ? 'general_value' : 'none'),
    frequency: c.frequency ?? (bought ? 'low' : 'zero'),
    value: c.value ?? 'general',
    lifecycle: c.lifecycle ?? 'stable',
    r: c.r ?? null,
    f: c.f ?? null,
  };
  db.prepare(
    `INSERT OR REPLACE INTO customer_segments (customer_id, period_from, period_to, computed_at, purchases, amount_cents,
       profit_cents, first_purchase_on, last_purchase_on, abc, abc_rank, abc_cumulative_ppm, r_score, f_score, m_score,
       rfm, frequency, value, lifecycle, class_code)
     VALUES (?, '2025-01-01', '2025-12-31', '2026-01-01T00:00:00Z', ?, ?, 0, NULL, NULL, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    customerId,
    bought ? 3 : 0,
    c.amountCents ?? 0,
    classes.abc,
    classes.r,
    classes.f,
    c.m ?? null,
    classes.rfm,
    classes.frequency,
    classes.value,
    classes.lifecycle,
    classCode(classes),
  );
}

export function assess(db: Db, customerId: string, level: number, assessedOn: string, expiresOn: string): void {
  db.prepare(
    `INSERT INTO risk_assessments (id, customer_id, level, assessed_on, expires_on, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), customerId, level, assessedOn, expiresOn, `${assessedOn}T09:00:00Z`);
}

export function purchase(db: Db, customerId: string, on: string, product: string, amountCents: number): void {
  db.prepare(
    `INSERT INTO transactions (id, customer_id, occurred_on, product, amount_cents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), customerId, on, product, amountCents, `${on}T10:00:00Z`, `${on}T10:00:00Z`);
}

export function addCustomer(db: Db, input: Partial<CustomerInput> & { name: string }): string {
  return createCustomer(db, customer(input), null).id;
}
