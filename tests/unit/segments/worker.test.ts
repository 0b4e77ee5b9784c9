/**
 * On a database file, as in the desktop app and the web host, segments compute in the segments worker thread (its
 * own connection) and the main thread receives the result. Bundled from source, so no `npm run build` is needed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { DEFAULT_SEGMENT_SETTINGS } from '../../../shared/segments/settings';
import { bundle } from '../import/bundle';

let workerPath = '';
beforeAll(async () => {
  workerPath = await bundle('electron/core/segments/worker.ts', 'segments-worker');
}, 30_000);

describe('the segments worker', () => {
  it('computes and previews off the main thread on the host’s database file', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'dossier-segments-worker-')), 'branch.db');
    // The hosts name the import worker; the segments worker is bundled beside it.
    const core = createCore({ dbPath, host: 'web', importWorkerPath: join(dirname(workerPath), 'import-worker.cjs') });
    try {
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const reply = await core.dispatch(channel, input);
        if (!reply.ok) throw new Error(JSON.stringify(reply.error));
        return reply.value as T;
      };
      const zhang = await call<{ id: string }>('customers.create', {
        customer: { kind: 'person', name: '张伟', mobile: '13812345678' },
      });
      await call('customers.create', { customer: { kind: 'person', name: 'Emily Carter' } });
      await call('purchases.save', {
        customerId: zhang.id,
        occurredOn: '2025-11-20',
        product: '稳健理财A款',
        amountCents: 8_000_000,
      });
      const result = await call<{ customers: number; period: { to: string } }>('segments.compute', {
        asOf: '2025-12-31',
      });
      // As of the end of 2025 only 张伟 was a customer (Emily Carter was filed today).
      expect(result).toMatchObject({ customers: 1, period: { to: '2025-12-31' } });
      // Written by the worker's connection, read here.
      const row = core.db.prepare('SELECT abc, rfm FROM customer_segments WHERE customer_id = ?').get(zhang.id);
      expect(row).toEqual({ abc: 'A', rfm: 'important_value' });
      const preview = await call<{ schemes: { scheme: string; proposed: Record<string, number> }[] }>(
        'segments.preview',
        { ...DEFAULT_SEGMENT_SETTINGS, period: { kind: 'range', from: '2025-01-01', to: '2025-12-31' } },
      );
      // Computed today over 2025, both are classified.
      expect(preview.schemes.find((s) => s.scheme === 'frequency')?.proposed).toEqual({ high: 0, low: 1, zero: 1 });
    } finally {
      core.close();
    }
  }, 30_000);
});
