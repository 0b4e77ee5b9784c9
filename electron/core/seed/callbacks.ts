/**
 * Demo call-backs for a seeded branch: a year of finished campaigns (every call logged through logCall,
 * with retries, so attempts, timeline entries and the report are real) and open call-backs from a month ago to
 * three months ahead, so the queue has an overdue backlog, today's calls and a future. Deterministic for a seed.
 */
import { campaignInput, type CallbackLogValues } from '../../../shared/callbacks/schemas';
import { NOT_REACHED_REASONS } from '../../../shared/callbacks/vocabulary';
import { createCampaign } from '../callbacks/campaigns';
import { logCall } from '../callbacks/log';
import { localDate } from '../../../shared/rules/calendar';
import { addDays, EMPTY_CALENDAR, rollToWorkingDay } from '../callbacks/workdays';
import type { Db } from '../db/open';
import { ensureDefaultStaff } from '../staff/staff';
import { mulberry32 } from './random';

export interface CallbackSeedOptions {
  /** Finished call-backs over the past year (one campaign a month). */
  readonly history: number;
  /** Open call-backs, from 30 days ago to 90 days ahead. */
  readonly open: number;
  /** The branch's today; default the local date, rolled to a working day so today's queue is not a weekend. */
  readonly today?: string;
  readonly seed?: number;
  readonly onProgress?: (step: string) => void;
}

export interface CallbackSeedResult {
  readonly finished: number;
  readonly calls: number;
  readonly open: number;
  readonly ms: number;
}

const ANSWERS = ['satisfied', 'price', 'seasonal', 'no_longer_needed', 'will_buy_again', 'moved_away'] as const;
const CAMPAIGN_SIZE = 10_000;

/** Customer ids in seeded order, and the branch's staff (the default "me" left out when others exist). */
export function population(db: Db): { customers: string[]; staff: string[] } {
  const customers = (
    db.prepare('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY rowid').all() as { id: string }[]
  ).map((r) => r.id);
  const named = (
    db.prepare('SELECT id FROM staff WHERE is_default = 0 AND deleted_at IS NULL ORDER BY name').all() as {
      id: string;
    }[]
  ).map((r) => r.id);
  return { customers, staff: named.length > 0 ? named : [ensureDefaultStaff(db).id] };
}

export function seedCallbacks(db: Db, options: CallbackSeedOptions): CallbackSeedResult {
  const t0 = performance.now();
  const actor = ensureDefaultStaff(db).id;
  const today = options.today ?? rollToWorkingDay(localDate(), EMPTY_CALENDAR);
  const rand = mulberry32(options.seed ?? 7);
  const { customers, staff } = population(db);
  if (customers.length === 0) return { finished: 0, calls: 0, open: 0, ms: 0 };

  // A year of finished call-backs: 60 % of calls get through; the unreached are retried until the limit.
  const perMonth = Math.ceil(Math.min(options.history, customers.length * 12) / 12);
  let finished = 0;
  let calls = 0;
  for (let m = 12; m >= 1 && perMonth > 0; m -= 1) {
    const from = addDays(today, -30 * m);
    const offset = ((12 - m) * perMonth) % customers.length;
    const chunk = customers.slice(offset, offset + perMonth);
    if (chunk.length === 0) continue;
    const created = createCampaign(
      db,
      campaignInput.parse({
        name: m % 3 === 0 ? `季度客户关怀 ${from.slice(0, 7)}` : `${from.slice(0, 7)} 定期回访`,
        purpose: m % 3 === 0 ? 'periodic_care' : 'lapsed_customer',
        fromOn: from,
        toOn: addDays(from, 27),
        staffIds: staff,
        perDayCap: 500,
        selection: { customerIds: chunk },
        excludeOpen: false,
        today: from,
      }),
      actor,
    );
    const planned = db
      .prepare('SELECT id, due_on AS dueOn FROM callbacks WHERE campaign_id = ?')
      .all(created.campaign.id) as { id: string; dueOn: string }[];
    db.transaction(() => {
      for (const cb of planned) {
        let due = cb.dueOn;
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const reached = rand() < 0.6;
          const input: CallbackLogValues = {
            id: cb.id,
            at: `${due}T10:00:00+08:00`,
            staffId: null,
            outcome: reached ? 'reached' : 'not_reached',
            reason: reached ? null : (NOT_REACHED_REASONS[Math.floor(rand() * 4)] ?? 'no_answer'),
            answerCategory: reached ? (ANSWERS[Math.floor(rand() * ANSWERS.length)] ?? null) : null,
            satisfaction: reached ? 1 + Math.floor(rand() * 5) : null,
            notes: null,
            retry: null,
            retryOn: null,
            next: null,
          };
          const result = logCall(db, input, actor);
          calls += 1;
          if (result.result !== 'retry') break;
          due = result.callback.dueOn;
        }
      }
    })();
    finished += planned.length;
    options.onProgress?.(`${from}: ${finished} call-backs, ${calls} calls`);
  }

  // Open call-backs for the last customers, spread over staff from a month ago to three months ahead.
  const open = Math.min(options.open, customers.length);
  const start = customers.length - open;
  // About 85 working days in the four months; every batch counts the earlier ones against the cap, so the cap is
  // set for all of them together, with room to spare.
  const cap = Math.min(500, Math.ceil(open / (80 * staff.length)) + 1);
  for (let i = 0; i < open; i += CAMPAIGN_SIZE) {
    createCampaign(
      db,
      campaignInput.parse({
        name: i === 0 ? '冬季流失客户回访' : `流失客户回访（第 ${i / CAMPAIGN_SIZE + 1} 批）`,
        fromOn: addDays(today, -30),
        toOn: addDays(today, 90),
        staffIds: staff,
        perDayCap: cap,
        selection: { customerIds: customers.slice(start + i, start + Math.min(open, i + CAMPAIGN_SIZE)) },
        excludeOpen: false,
        today: addDays(today, -30),
      }),
      actor,
    );
    options.onProgress?.(`open: ${Math.min(open, i + CAMPAIGN_SIZE)}/${open}`);
  }
  return { finished, calls, open, ms: performance.now() - t0 };
}
