/**
 * The app pushes by itself: half a minute after it starts, then every five minutes, when the database belongs to
 * a branch and a head office is set. A failure is only recorded (Settings shows it); the changes wait in the
 * outbox for the next try. The CLI pushes only when asked.
 */
import type { Db } from '../db/open';
import { push } from './push';
import { connection, getBranch, type SecretStore } from './state';

const FIRST_MS = 30_000;
const EVERY_MS = 5 * 60_000;

export function scheduleSync(db: () => Db, everyMs = EVERY_MS, secrets?: SecretStore): () => void {
  const tick = () => {
    try {
      const current = db();
      if (!getBranch(current) || !connection(current, secrets)) return;
      // A failure is kept as the last error by push itself.
      push(current, { secrets, patient: true }).catch(() => undefined);
    } catch {
      // The database is being replaced (a restore): the next tick tries again.
    }
  };
  const first = setTimeout(tick, Math.min(FIRST_MS, everyMs));
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
