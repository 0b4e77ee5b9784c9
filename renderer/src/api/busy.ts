/**
 * A write that found the database held by another process (the core's `db_busy`, after the core's own short wait):
 * the user is told once that it is retrying, and it is sent again until it goes through or BUSY_RETRY_MS passes.
 */
import { DossierError } from '../../../shared/result';

const BUSY_RETRY_MS = 120_000;
const PAUSE_MS = 1_000;

export async function whileBusy<T>(send: () => Promise<T>, onBusy: () => void): Promise<T> {
  const deadline = Date.now() + BUSY_RETRY_MS;
  let told = false;
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof DossierError) || error.code !== 'db_busy' || Date.now() > deadline) throw error;
      if (!told) onBusy();
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
}
