/** `dossier check`: the schema version, the customer count and SQLite's own checks of the file. */
import { LATEST_VERSION } from '../core/db/migrations/index';
import { checkIntegrity } from '../core/db/integrity';
import type { Invocation } from './args';
import { caller, withCore } from './client';

export async function checkCommand({ dbPath, t, print }: Invocation): Promise<number> {
  const report = await withCore(dbPath, true, async (core) => {
    // No channel checks the file itself: SQLite's read-only integrity checks are asked of the core directly.
    const health = checkIntegrity(core.db);
    const call = caller(core.dispatch, t);
    const { total } = await call('customers.list', { pageSize: 1 });
    const { schemaVersion } = await call('app.info', {});
    return {
      path: dbPath,
      schemaVersion,
      supportedVersion: LATEST_VERSION,
      integrity: health.integrity,
      foreignKeyProblems: health.foreignKeyProblems,
      customers: total,
      ok: health.ok,
    };
  });
  print(report, () =>
    t(report.ok ? 'cli.check.ok' : 'cli.check.bad', {
      path: report.path,
      version: report.schemaVersion,
      customers: report.customers,
      integrity: report.integrity,
      fk: report.foreignKeyProblems,
    }),
  );
  return report.ok ? 0 : 1;
}
