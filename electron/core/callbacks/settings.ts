/**
 * The call-back settings: the retry limit, the answer categories, the tag cadences and the lead times of birthday and
 * maturity call-backs (stored as settings rows), with the holiday calendar read alongside; and the language the core
 * writes timeline texts in.
 */
import { assertLocalCategories, categoryLabels } from '../hq/reference';
import type { CallbackSettings, TagCadence } from '../../../shared/callbacks/types';
import type { SettingsUpdateValues } from '../../../shared/callbacks/schemas';
import {
  DEFAULT_ANSWER_CATEGORIES,
  DEFAULT_BIRTHDAY_LEAD_DAYS,
  DEFAULT_MATURITY_LEAD_DAYS,
  DEFAULT_RETRY_LIMIT,
  MAX_OCCASION_LEAD_DAYS,
} from '../../../shared/callbacks/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { getSettings, readSetting, writeSetting } from '../settings/settings';
import { listHolidays } from './calendar';

const SETTING_RETRY = 'callbacks.retryLimit';
const SETTING_CATEGORIES = 'callbacks.answerCategories';
const SETTING_TAG_CADENCES = 'callbacks.tagCadences';
const SETTING_BIRTHDAY_LEAD = 'callbacks.birthdayLeadDays';
const SETTING_MATURITY_LEAD = 'callbacks.maturityLeadDays';

/** A stored lead time; missing or damaged gives the default. */
function leadDays(text: string | null, fallback: number): number {
  const days = text === null ? NaN : Number(text);
  return Number.isInteger(days) && days >= 0 && days <= MAX_OCCASION_LEAD_DAYS ? days : fallback;
}

/** A stored list; a missing or unreadable one gives the default, so a damaged row never stops the call-backs. */
function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** The settings the rules read: everything but the holidays. */
export type RuleSettings = Omit<CallbackSettings, 'holidays'>;

export function ruleSettings(db: Db): RuleSettings {
  const limit = Number(readSetting(db, SETTING_RETRY));
  return {
    retryLimit: Number.isInteger(limit) && limit >= 1 ? limit : DEFAULT_RETRY_LIMIT,
    answerCategories: parseJson<string[]>(readSetting(db, SETTING_CATEGORIES), [...DEFAULT_ANSWER_CATEGORIES]),
    answerLabels: categoryLabels(db, 'answer'),
    tagCadences: parseJson<TagCadence[]>(readSetting(db, SETTING_TAG_CADENCES), []),
    birthdayLeadDays: leadDays(readSetting(db, SETTING_BIRTHDAY_LEAD), DEFAULT_BIRTHDAY_LEAD_DAYS),
    maturityLeadDays: leadDays(readSetting(db, SETTING_MATURITY_LEAD), DEFAULT_MATURITY_LEAD_DAYS),
  };
}

export function getCallbackSettings(db: Db): CallbackSettings {
  return { ...ruleSettings(db), holidays: listHolidays(db) };
}

export function updateCallbackSettings(db: Db, patch: SettingsUpdateValues, actor: string | null): CallbackSettings {
  db.transaction(() => {
    if (patch.answerCategories != null) assertLocalCategories(db, 'answer');
    const before = ruleSettings(db);
    if (patch.retryLimit != null) writeSetting(db, SETTING_RETRY, String(patch.retryLimit));
    if (patch.answerCategories != null) writeSetting(db, SETTING_CATEGORIES, JSON.stringify(patch.answerCategories));
    if (patch.tagCadences != null) writeSetting(db, SETTING_TAG_CADENCES, JSON.stringify(patch.tagCadences));
    if (patch.birthdayLeadDays != null) writeSetting(db, SETTING_BIRTHDAY_LEAD, String(patch.birthdayLeadDays));
    if (patch.maturityLeadDays != null) writeSetting(db, SETTING_MATURITY_LEAD, String(patch.maturityLeadDays));
    audit(db, {
      entity: 'callbackSettings',
      entityId: 'callbacks',
      action: 'update',
      staffId: actor,
      changes: { before, patch },
    });
  })();
  return getCallbackSettings(db);
}

/** The language of texts the core writes (timeline entries): the app's setting, Chinese by default. */
export function writingLanguage(db: Db): Language {
  return getSettings(db).language ?? 'zh-CN';
}
