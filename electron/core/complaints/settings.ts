/** The complaint settings: categories, root causes and time limits, stored as settings rows (defaults when unset). */
import { assertLocalCategories, categoryLabels } from '../hq/reference';
import type { ComplaintSettingsValues } from '../../../shared/complaints/schemas';
import {
  COMPLAINT_SEVERITIES,
  DEFAULT_COMPLAINT_CATEGORIES,
  DEFAULT_RESPONSE_LIMIT,
  DEFAULT_ROOT_CAUSES,
  DEFAULT_SEVERITY_LIMITS,
  MAX_LIMIT_DAYS,
  type ComplaintSeverity,
  type ComplaintSettings,
} from '../../../shared/complaints/types';
import type { MessageKey } from '../../../shared/i18n/index';
import { DossierError } from '../../../shared/result';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/settings';

const SETTING_CATEGORIES = 'complaints.categories';
const SETTING_CAUSES = 'complaints.rootCauses';
const SETTING_LIMITS = 'complaints.limits';
const SETTING_RESPONSE = 'complaints.responseLimit';

const isDays = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_LIMIT_DAYS;

/** A stored list; missing or damaged gives the default, so a bad row never stops the complaints. */
function readList(db: Db, key: string, fallback: readonly string[]): string[] {
  try {
    const v: unknown = JSON.parse(readSetting(db, key) ?? 'null');
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // Falls through to the default.
  }
  return [...fallback];
}

function readLimits(db: Db): Record<ComplaintSeverity, number> {
  let stored: Record<string, unknown> = {};
  try {
    const v: unknown = JSON.parse(readSetting(db, SETTING_LIMITS) ?? '{}');
    if (v && typeof v === 'object') stored = v as Record<string, unknown>;
  } catch {
    // Defaults below.
  }
  const limits = { ...DEFAULT_SEVERITY_LIMITS };
  for (const s of COMPLAINT_SEVERITIES) {
    const days = stored[s];
    if (isDays(days)) limits[s] = days;
  }
  return limits;
}

export function complaintSettings(db: Db): ComplaintSettings {
  const response = Number(readSetting(db, SETTING_RESPONSE));
  return {
    categories: readList(db, SETTING_CATEGORIES, DEFAULT_COMPLAINT_CATEGORIES),
    categoryLabels: categoryLabels(db, 'complaint'),
    rootCauses: readList(db, SETTING_CAUSES, DEFAULT_ROOT_CAUSES),
    limits: readLimits(db),
    responseLimit: isDays(response) ? response : DEFAULT_RESPONSE_LIMIT,
  };
}

export function updateComplaintSettings(db: Db, patch: ComplaintSettingsValues, actor: string): ComplaintSettings {
  db.transaction(() => {
    if (patch.categories) assertLocalCategories(db, 'complaint');
    const before = complaintSettings(db);
    if (patch.categories) writeSetting(db, SETTING_CATEGORIES, JSON.stringify(patch.categories));
    if (patch.rootCauses) writeSetting(db, SETTING_CAUSES, JSON.stringify(patch.rootCauses));
    if (patch.limits) writeSetting(db, SETTING_LIMITS, JSON.stringify({ ...before.limits, ...patch.limits }));
    if (patch.responseLimit != null) writeSetting(db, SETTING_RESPONSE, String(patch.responseLimit));
    audit(db, {
      entity: 'complaintSettings',
      entityId: 'complaints',
      action: 'update',
      staffId: actor,
      changes: { before, patch },
    });
  })();
  return complaintSettings(db);
}

export const validation = (path: string, code: MessageKey, message: string): DossierError =>
  new DossierError({ code: 'validation', message: `${path}: ${message}`, issues: [{ path, code }] });

/** A category or root cause must be one of the configured list (the list is edited in the settings). */
export function checkListed(value: string, list: readonly string[], path: 'category' | 'rootCause'): void {
  if (!list.includes(value))
    throw validation(
      path,
      path === 'category' ? 'complaints.categoryUnknown' : 'complaints.causeUnknown',
      `“${value}” is not in the configured list`,
    );
}
