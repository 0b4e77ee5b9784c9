/** The segment settings: one settings row of JSON; missing or damaged gives the defaults. */
import { DEFAULT_SEGMENT_SETTINGS, segmentSettings, type SegmentSettings } from '../../../shared/segments/settings';
import type { SegmentSettingsView } from '../../../shared/segments/types';
import { audit } from '../audit/log';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/settings';

const SETTING = 'segments.settings';

export function readSegmentSettings(db: Db): SegmentSettings {
  const text = readSetting(db, SETTING);
  if (text === null) return DEFAULT_SEGMENT_SETTINGS;
  try {
    const parsed = segmentSettings.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_SEGMENT_SETTINGS;
  } catch {
    return DEFAULT_SEGMENT_SETTINGS;
  }
}

export function segmentSettingsView(db: Db): SegmentSettingsView {
  return { settings: readSegmentSettings(db), defaults: DEFAULT_SEGMENT_SETTINGS };
}

/** Stores validated settings and audits the change; the caller recomputes. */
export function saveSegmentSettings(db: Db, settings: SegmentSettings, actor: string | null): SegmentSettingsView {
  db.transaction(() => {
    const before = readSegmentSettings(db);
    writeSetting(db, SETTING, JSON.stringify(settings));
    audit(db, {
      entity: 'segmentSettings',
      entityId: 'segments',
      action: 'update',
      staffId: actor,
      changes: { before, after: settings },
    });
  })();
  return segmentSettingsView(db);
}
