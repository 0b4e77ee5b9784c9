/**
 * Campaigns: one call-back for each customer a selection matches, spread over the working days of a range and the
 * staff taking part (spread.ts), previewed before it is created; and the campaigns with their progress.
 */
import type { CampaignSelection, CampaignUpdateValues, CampaignValues } from '../../../shared/callbacks/schemas';
import type {
  Campaign,
  CampaignCancelled,
  CampaignCreated,
  CampaignPreview,
  CampaignUpdated,
} from '../../../shared/callbacks/types';
import { hasSegmentFilter } from '../../../shared/customers/schemas';
import { localDate } from '../../../shared/rules/calendar';
import { DossierError } from '../../../shared/result';
import { audit, diff } from '../audit/log';
import { cancelCallbacks } from './bulk';
import { iterateCustomers } from '../customers/list';
import type { Db } from '../db/open';
import { stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { loadCalendar } from './calendar';
import { insertCallback } from './queue';
import { distribute, existingKey, type Distribution } from './spread';
import { assertStaff, staffNames } from '../staff/staff';
import { workingDaysBetween } from './workdays';

interface SelectedCustomer {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string | null;
}

function selectCustomers(db: Db, s: CampaignSelection): SelectedCustomer[] {
  const filtered =
    s.query !== '' ||
    s.kind !== null ||
    s.ownerId !== null ||
    s.tag !== null ||
    s.tags.length > 0 ||
    s.region !== null ||
    hasSegmentFilter(s);
  const wanted = s.customerIds && s.customerIds.length > 0 ? new Set(s.customerIds) : null;
  if (filtered) {
    const out: SelectedCustomer[] = [];
    // The selection is the list's filter (a saved segment's too); the customers picked on it narrow it further.
    for (const c of iterateCustomers(db, s))
      if (!wanted || wanted.has(c.id)) out.push({ id: c.id, name: c.name, ownerId: c.ownerId });
    return out;
  }
  const read = stmt(db, 'SELECT id, name, owner_id AS ownerId FROM customers WHERE id = ? AND deleted_at IS NULL');
  const out: SelectedCustomer[] = [];
  for (const id of wanted ?? []) {
    const row = read.get(id) as SelectedCustomer | undefined;
    if (row) out.push(row);
  }
  return out;
}

interface Plan {
  readonly distribution: Distribution;
  readonly days: readonly string[];
  readonly selected: number;
  readonly skippedOpen: number;
  readonly names: ReadonlyMap<string, string>;
}

function planCampaign(db: Db, v: CampaignValues): Plan {
  for (const s of v.staffIds) assertStaff(db, s);
  const today = v.today ?? localDate();
  const from = v.fromOn > today ? v.fromOn : today;
  const days = from <= v.toOn ? workingDaysBetween(from, v.toOn, loadCalendar(db)) : [];
  const selected = selectCustomers(db, v.selection);
  let customers = selected;
  if (v.excludeOpen) {
    const hasOpen = stmt(db, "SELECT 1 FROM callbacks WHERE customer_id = ? AND state = 'open' LIMIT 1");
    customers = selected.filter((c) => !hasOpen.get(c.id));
  }
  const existing = new Map<string, number>();
  if (days.length > 0) {
    const staff = new Set(v.staffIds);
    const rows = stmt(
      db,
      `SELECT staff_id AS staffId, due_on AS dueOn, count(*) AS n FROM callbacks
       WHERE state = 'open' AND due_on >= ? AND due_on <= ? GROUP BY due_on, staff_id`,
    ).all(days[0], days[days.length - 1]) as { staffId: string; dueOn: string; n: number }[];
    for (const r of rows) if (staff.has(r.staffId)) existing.set(existingKey(r.staffId, r.dueOn), r.n);
  }
  const distribution = distribute({
    customers,
    days,
    staffIds: v.staffIds,
    perDayCap: v.perDayCap,
    existing,
    preferOwner: v.preferOwner,
  });
  return {
    distribution,
    days,
    selected: selected.length,
    skippedOpen: selected.length - customers.length,
    names: new Map(selected.map((c) => [c.id, c.name])),
  };
}

/** Rows of the preview tables: enough to check the plan, few enough to send at once. */
const PREVIEW_SAMPLE = 200;

function previewOf(db: Db, plan: Plan): CampaignPreview {
  const d = plan.distribution;
  const names = staffNames(db);
  return {
    days: plan.days,
    capacity: d.capacity,
    selected: plan.selected,
    skippedOpen: plan.skippedOpen,
    assigned: d.assignments.length,
    overflow: d.overflow.length,
    perStaff: d.perStaff.map((s) => ({ ...s, staffName: names.get(s.staffId) ?? null })),
    perDay: d.perDay,
    sample: d.assignments
      .slice(0, PREVIEW_SAMPLE)
      .map((a) => ({ ...a, customerName: plan.names.get(a.customerId) ?? '' })),
    overflowSample: d.overflow
      .slice(0, PREVIEW_SAMPLE)
      .map((id) => ({ customerId: id, customerName: plan.names.get(id) ?? '' })),
  };
}

export function previewCampaign(db: Db, v: CampaignValues): CampaignPreview {
  return previewOf(db, planCampaign(db, v));
}

/** Plans and creates the campaign and its call-backs in one transaction; customers that do not fit are left out. */
export function createCampaign(db: Db, v: CampaignValues, actor: string): CampaignCreated {
  const id = uuidv7();
  let created = 0;
  let overflow = 0;
  db.transaction(() => {
    const plan = planCampaign(db, v);
    if (plan.distribution.assignments.length === 0)
      throw new DossierError({
        code: 'conflict',
        message: 'Nothing to schedule: no customer matches, or the range has no free working day',
        details: { selected: plan.selected, capacity: plan.distribution.capacity },
      });
    const now = nowIso();
    stmt(
      db,
      `INSERT INTO campaigns (id, name, purpose, priority, notes, from_on, to_on, per_day_cap, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, v.name, v.purpose, v.priority, v.notes, v.fromOn, v.toOn, v.perDayCap, now, actor, now, actor);
    for (const a of plan.distribution.assignments)
      insertCallback(
        db,
        {
          customerId: a.customerId,
          dueOn: a.dueOn,
          windowStart: null,
          windowEnd: null,
          staffId: a.staffId,
          purpose: v.purpose,
          priority: v.priority,
          notes: v.notes,
          campaignId: id,
        },
        actor,
        now,
      );
    created = plan.distribution.assignments.length;
    overflow = plan.distribution.overflow.length;
    // One entry for the whole campaign, as an import batch is one entry.
    audit(db, {
      entity: 'campaign',
      entityId: id,
      action: 'create',
      staffId: actor,
      changes: {
        name: v.name,
        fromOn: v.fromOn,
        toOn: v.toOn,
        staffIds: v.staffIds,
        perDayCap: v.perDayCap,
        selection: v.selection,
        created,
        overflow,
      },
    });
  })();
  return { campaign: getCampaign(db, id), created, overflow };
}

const CAMPAIGN_SQL = `SELECT cp.id, cp.name, cp.purpose, cp.priority, cp.notes, cp.from_on AS fromOn, cp.to_on AS toOn,
    cp.per_day_cap AS perDayCap, cp.created_at AS createdAt, cp.created_by AS createdBy, cp.cancelled_at AS cancelledAt,
    count(cb.id) AS total, coalesce(sum(cb.state = 'open'), 0) AS open, coalesce(sum(cb.state = 'done'), 0) AS done,
    coalesce(sum(cb.state = 'unreachable'), 0) AS unreachable, coalesce(sum(cb.state = 'cancelled'), 0) AS cancelled
  FROM campaigns cp LEFT JOIN callbacks cb ON cb.campaign_id = cp.id`;

const withProgress = (c: Omit<Campaign, 'progress'>): Campaign => {
  const base = c.total - c.cancelled;
  return { ...c, progress: base > 0 ? (c.done + c.unreachable) / base : 0 };
};

export function getCampaign(db: Db, id: string): Campaign {
  const row = stmt(db, `${CAMPAIGN_SQL} WHERE cp.id = ? GROUP BY cp.id`).get(id) as
    Omit<Campaign, 'progress'> | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No campaign with id ${id}`, details: { id } });
  return withProgress(row);
}

export function listCampaigns(db: Db): Campaign[] {
  return (
    stmt(db, `${CAMPAIGN_SQL} GROUP BY cp.id ORDER BY cp.created_at DESC, cp.id DESC`).all() as Omit<
      Campaign,
      'progress'
    >[]
  ).map(withProgress);
}

export function assertRunning(campaign: Campaign): void {
  if (campaign.cancelledAt !== null)
    throw new DossierError({
      code: 'conflict',
      message: `Campaign ${campaign.name} was cancelled`,
      issues: [{ path: 'id', code: 'campaigns.alreadyCancelled' }],
      details: { name: campaign.name },
    });
}

/**
 * Corrects a running campaign. Its open call-backs take the new purpose and priority, and the new notes where they
 * still carry the campaign's old ones; closed call-backs keep what they were made with. The range may not leave
 * open call-backs planned inside the old range outside the new one (postpone or cancel those first).
 */
export function updateCampaign(db: Db, v: CampaignUpdateValues, actor: string): CampaignUpdated {
  let openUpdated = 0;
  db.transaction(() => {
    const before = getCampaign(db, v.id);
    assertRunning(before);
    if (v.fromOn !== before.fromOn || v.toOn !== before.toOn) {
      const { n } = stmt(
        db,
        `SELECT count(*) AS n FROM callbacks WHERE campaign_id = ? AND state = 'open'
           AND planned_on BETWEEN ? AND ? AND (planned_on < ? OR planned_on > ?)`,
      ).get(v.id, before.fromOn, before.toOn, v.fromOn, v.toOn) as { n: number };
      if (n > 0)
        throw new DossierError({
          code: 'conflict',
          message: `${n} open call-backs are planned outside ${v.fromOn} – ${v.toOn}`,
          issues: [{ path: 'toOn', code: 'campaigns.rangeLeavesOpen' }],
          details: { count: n },
        });
    }
    const now = nowIso();
    stmt(
      db,
      `UPDATE campaigns SET name = ?, purpose = ?, priority = ?, notes = ?, from_on = ?, to_on = ?, per_day_cap = ?,
         updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(v.name, v.purpose, v.priority, v.notes, v.fromOn, v.toOn, v.perDayCap, now, actor, v.id);
    openUpdated = stmt(
      db,
      `UPDATE callbacks SET purpose = ?, priority = ?,
         notes = CASE WHEN notes IS ? THEN ? ELSE notes END, updated_at = ?, updated_by = ?
       WHERE campaign_id = ? AND state = 'open'
         AND (purpose <> ? OR priority <> ? OR (notes IS ? AND notes IS NOT ?))`,
    ).run(
      v.purpose,
      v.priority,
      before.notes,
      v.notes,
      now,
      actor,
      v.id,
      v.purpose,
      v.priority,
      before.notes,
      v.notes,
    ).changes;
    const after = {
      name: v.name,
      purpose: v.purpose,
      priority: v.priority,
      notes: v.notes,
      fromOn: v.fromOn,
      toOn: v.toOn,
      perDayCap: v.perDayCap,
    };
    audit(db, {
      entity: 'campaign',
      entityId: v.id,
      action: 'update',
      staffId: actor,
      changes: {
        ...diff(
          {
            name: before.name,
            purpose: before.purpose,
            priority: before.priority,
            notes: before.notes,
            fromOn: before.fromOn,
            toOn: before.toOn,
            perDayCap: before.perDayCap,
          },
          after,
        ),
        openUpdated,
      },
    });
  })();
  return { campaign: getCampaign(db, v.id), openUpdated };
}

/** Cancels a campaign and its open call-backs (each audited as a bulk cancel is); closed ones stay and still count. */
export function cancelCampaign(db: Db, id: string, reason: string, actor: string): CampaignCancelled {
  let cancelled = 0;
  db.transaction(() => {
    const campaign = getCampaign(db, id);
    assertRunning(campaign);
    const open = (
      stmt(db, "SELECT id FROM callbacks WHERE campaign_id = ? AND state = 'open'").all(id) as { id: string }[]
    ).map((r) => r.id);
    cancelled = cancelCallbacks(db, open, reason, actor).updated;
    const now = nowIso();
    stmt(
      db,
      'UPDATE campaigns SET cancelled_at = ?, cancelled_by = ?, updated_at = ?, updated_by = ? WHERE id = ?',
    ).run(now, actor, now, actor, id);
    audit(db, { entity: 'campaign', entityId: id, action: 'update', staffId: actor, changes: { cancelled, reason } });
  })();
  return { campaign: getCampaign(db, id), cancelled };
}
