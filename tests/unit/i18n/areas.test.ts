/**
 * The catalogues are spread together from one file per area: a key two areas both define would silently take the
 * later area's text, so each key belongs to exactly one area file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../../shared/i18n');

describe.each(['en', 'zh-CN'])('the %s area files', (language) => {
  it('define every key once', async () => {
    const owners = new Map<string, string[]>();
    for (const file of readdirSync(join(ROOT, language)).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(join(ROOT, language, file))) as Record<string, Record<string, string>>;
      for (const catalog of Object.values(module))
        for (const key of Object.keys(catalog)) owners.set(key, [...(owners.get(key) ?? []), file]);
    }
    expect(owners.size).toBeGreaterThan(500);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
