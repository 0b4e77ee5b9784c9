/**
 * Old complaints: timeline entries of kind `complaint` written before complaints were records. Each becomes a
 * complaint linked to its entry (which stays on the timeline untouched): the summary becomes the customer's words,
 * the outcome the countermeasure, the status resolved when the outcome says so and open otherwise.
 */
import { localDate } from '../../../shared/rules/calendar';
import type { ComplaintChannel, ComplaintStatus } from '../../../shared/complaints/types';
import { DEFAULT_SEVERITY_LIMITS } from '../../../shared/complaints/types';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { loadCalendar } from '../callbacks/calendar';
import { dueOn } from './deadlines';

/** Outcome words that say the complaint was settled; the "not yet" words win over them (未解决 contains 解决). */
const SETTLED =
  /解决|已处理|处理完毕|办结|已致歉|已道歉|已退|已更正|满意|resolved|solved|settled|apologi[sz]ed|refunded|fixed/i;
const UNSETTLED = /未解决|未处理|处理中|跟进|转交|待|尚未|不满意|unresolved|pending|follow|in progress|escalat/i;

/**
 * The default staff member's id, created as migration 017 found the staff table (a migration never calls code
 * written for a later schema: the staff table gains columns in 021).
 */
function defaultStaffId(db: Db): string {
  const found = stmt(db, 'SELECT id FROM staff WHERE is_default = 1 AND deleted_at IS NULL LIMIT 1').get() as
    { id: string } | undefined;
  if (found) return found.id;
  const id = uuidv7();
  const now = nowIso();
  stmt(db, "INSERT INTO staff (id, name, is_default, created_at, updated_at) VALUES (?, '', 1, ?, ?)").run(
    id,
    now,
    now,
  );
  return id;
}

export function inferStatus(outcome: string | null): Extract<ComplaintStatus, 'open' | 'resolved'> {
  if (!outcome?.trim()) return 'open';
  return SETTLED.test(outcome) && !UNSETTLED.test(outcome) ? 'resolved' : 'open';
}

const CATEGORY_WORDS: readonly [RegExp, string][] = [
  [/信息泄露|泄露|隐私|盗刷|诈骗|privacy|leak|fraud/i, 'information_security'],
  [/态度|服务差|不耐烦|rude|attitude/i, 'service_attitude'],
  [/排队|等候|等待|效率|慢|queue|wait/i, 'waiting_time'],
  [/扣款|账单|账务|多扣|差错|billing|statement|charged twice/i, 'billing_error'],
  [/年费|收费|手续费|费用|价格|利率|fee|price|charge/i, 'fees'],
  [/配送|送货|快递|邮寄|delivery|courier/i, 'delivery'],
  [/产品|理财|收益|贷款|信用卡|ATM|转账|短信|app|product/i, 'product'],
];

export function inferCategory(text: string): string {
  for (const [re, category] of CATEGORY_WORDS) if (re.test(text)) return category;
  return 'other';
}

export function inferChannel(text: string): ComplaintChannel {
  if (/电话|来电|致电|phone|call/i.test(text)) return 'phone';
  if (/信函|来信|letter/i.test(text)) return 'letter';
  if (/网上|网络|微信|邮件|online|email|wechat/i.test(text)) return 'online';
  if (/总行|转办|head office/i.test(text)) return 'head_office';
  return 'counter';
}

interface Entry {
  id: string;
  customerId: string;
  occurredAt: string;
  staffId: string | null;
  summary: string;
  outcome: string | null;
  ownerId: string | null;
  createdBy: string | null;
  updatedAt: string;
}

/** Converts every complaint entry not yet linked to a complaint; returns how many. Safe to run again. */
export function convertComplaintEntries(db: Db): number {
  const entries = stmt(
    db,
    `SELECT i.id, i.customer_id AS customerId, i.occurred_at AS occurredAt, i.staff_id AS staffId, i.summary,
       i.outcome, c.owner_id AS ownerId, i.created_by AS createdBy, i.updated_at AS updatedAt
     FROM interactions i JOIN customers c ON c.id = i.customer_id
     WHERE i.kind = 'complaint' AND i.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.interaction_id = i.id)
     ORDER BY i.occurred_at`,
  ).all() as Entry[];
  if (entries.length === 0) return 0;
  const calendar = loadCalendar(db);
  const live = new Set(
    (stmt(db, 'SELECT id FROM staff WHERE deleted_at IS NULL').all() as { id: string }[]).map((s) => s.id),
  );
  let fallback: string | null = null;
  const ownerOf = (e: Entry): string => {
    for (const id of [e.staffId, e.ownerId, e.createdBy]) if (id && live.has(id)) return id;
    return (fallback ??= defaultStaffId(db));
  };
  const insert = stmt(
    db,
    `INSERT INTO complaints (id, customer_id, received_at, received_on, channel, category, severity, words, owner_id,
       due_on, status, first_response_at, resolved_at, resolved_on, countermeasure, customer_told, interaction_id,
       migrated, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  );
  const event = stmt(
    db,
    `INSERT INTO complaint_events (id, complaint_id, at, staff_id, action, from_status, to_status, note, interaction_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = nowIso();
  db.transaction(() => {
    for (const e of entries) {
      const id = uuidv7();
      const receivedOn = localDate(new Date(e.occurredAt));
      const status = inferStatus(e.outcome);
      const owner = ownerOf(e);
      // The entry's last edit is the best guess of when it was settled (never before it was received).
      const resolvedAt = status === 'resolved' ? (e.updatedAt > e.occurredAt ? e.updatedAt : e.occurredAt) : null;
      const text = `${e.summary}\n${e.outcome ?? ''}`;
      insert.run(
        id,
        e.customerId,
        e.occurredAt,
        receivedOn,
        inferChannel(text),
        inferCategory(text),
        e.summary,
        owner,
        dueOn(receivedOn, 'normal', DEFAULT_SEVERITY_LIMITS, calendar),
        status,
        resolvedAt,
        resolvedAt,
        resolvedAt === null ? null : localDate(new Date(resolvedAt)),
        status === 'resolved' ? e.outcome : null,
        status === 'resolved' ? e.outcome : null,
        e.id,
        now,
        e.createdBy,
        now,
        e.createdBy,
      );
      event.run(uuidv7(), id, e.occurredAt, e.staffId, 'received', null, 'open', e.outcome, e.id);
      if (resolvedAt !== null)
        event.run(uuidv7(), id, resolvedAt, e.staffId, 'resolved', 'open', 'resolved', e.outcome, null);
    }
  })();
  return entries.length;
}
