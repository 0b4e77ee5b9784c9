import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditEntityLabel } from '../../../shared/audit/labels';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../shared/audit/types';
import { translate } from '../../../shared/i18n/index';

const CORE = join(__dirname, '../../../electron/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every kind of record the core writes to the audit log: the `entity: '…'` of its audit(…) calls. */
function kindsWritten(): string[] {
  const kinds = new Set<string>();
  for (const file of sources(CORE))
    for (const m of readFileSync(file, 'utf8').matchAll(/\bentity: '([A-Za-z_]+)'/g)) kinds.add(m[1]!);
  return [...kinds].sort();
}

const CJK = /[\u4e00-\u9fff]/;

describe('the audit view’s kinds of record', () => {
  it('offers exactly the kinds the core writes', () => {
    const written = kindsWritten();
    expect(written.length).toBeGreaterThan(20);
    expect(written).toEqual([...AUDIT_ENTITIES].sort());
  });

  it('names every kind and every kind of change in Chinese and in English, never by its code', () => {
    for (const entity of kindsWritten()) {
      const zh = auditEntityLabel((k, p) => translate('zh-CN', k, p), entity);
      const en = auditEntityLabel((k, p) => translate('en', k, p), entity);
      expect(zh, entity).toMatch(CJK);
      expect(en, entity).not.toBe(entity);
      expect(en, entity).toMatch(/^[A-Z]/);
    }
    for (const action of AUDIT_ACTIONS) {
      expect(
        auditActionLabel((k, p) => translate('zh-CN', k, p), action),
        action,
      ).toMatch(CJK);
      expect(
        auditActionLabel((k, p) => translate('en', k, p), action),
        action,
      ).toMatch(/^[A-Z]/);
    }
    // Distinct names: two kinds that read the same could not be told apart in the filter.
    const zhNames = AUDIT_ENTITIES.map((e) => translate('zh-CN', `audit.entity.${e}`));
    expect(new Set(zhNames).size).toBe(zhNames.length);
    const enNames = AUDIT_ENTITIES.map((e) => translate('en', `audit.entity.${e}`));
    expect(new Set(enNames).size).toBe(enNames.length);
  });
});
