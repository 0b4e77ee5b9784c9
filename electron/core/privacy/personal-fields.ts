/**
 * Which custom fields hold personal data (shared/privacy/personal-fields.ts): a manager's flags, kept as one setting
 * (`privacy.personalFields`, a JSON object of field name → flag), read by the masking of every staff reply.
 */
import { isPersonalField, looksPersonal, type PersonalFieldFlags } from '../../../shared/privacy/personal-fields';
import type { CustomField } from '../../../shared/privacy/types';
import { audit } from '../audit/log';
import { customFieldNames } from '../customers/list';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/settings';

const SETTING = 'privacy.personalFields';

/** The manager's flags (none set: every field takes its default). */
export function personalFieldFlags(db: Db): PersonalFieldFlags {
  const stored = readSetting(db, SETTING);
  if (stored === null) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'boolean')) as PersonalFieldFlags;
  } catch {
    return {};
  }
}

/** The custom fields customers have (and any flagged before), each with its flag and its default, by name. */
export function customFieldFlags(db: Db): CustomField[] {
  const flags = personalFieldFlags(db);
  const names = new Set([...customFieldNames(db, { query: '' }), ...Object.keys(flags)]);
  return [...names]
    .sort()
    .map((name) => ({ name, personal: isPersonalField(name, flags), suggested: looksPersonal(name) }));
}

/** Sets the flags given (name → personal); a flag equal to the name's default is stored all the same. Audited. */
export function setPersonalFields(db: Db, changes: PersonalFieldFlags, actor: string): void {
  const before = personalFieldFlags(db);
  const after: Record<string, boolean> = { ...before };
  const audited: Record<string, [boolean, boolean]> = {};
  for (const [name, personal] of Object.entries(changes)) {
    const was = isPersonalField(name, before);
    after[name] = personal;
    if (was !== personal) audited[name] = [was, personal];
  }
  if (Object.keys(audited).length === 0) return;
  db.transaction(() => {
    audit(db, {
      entity: 'privacy',
      entityId: 'settings',
      action: 'update',
      staffId: actor,
      changes: { personalFields: audited },
    });
    writeSetting(db, SETTING, JSON.stringify(after));
  })();
}
