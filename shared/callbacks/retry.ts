/** The retry rule: the core applies it when a call is logged, the log dialog shows what it will do beforehand. */
import type { CallbackOutcome, CallResult, NotReachedReason } from './vocabulary';
import { FINAL_NOT_REACHED_REASONS } from './vocabulary';

export interface LoggedCall {
  readonly outcome: CallbackOutcome;
  /** Why the call did not get through; the schema requires it then. */
  readonly reason: NotReachedReason | null;
  /** This attempt's number: 1 for the first call. */
  readonly attempt: number;
  readonly retryLimit: number;
  /** Not reached: force (true) or stop (false) the retry; null leaves it to the reason and the limit. */
  readonly retry: boolean | null;
}

/**
 * Reached → done. Not reached → retried while this attempt is below the retry limit and the reason is worth
 * retrying, else unreachable: wrong numbers and refusals are final at once. `retry` overrides either way.
 */
export function callResult(call: LoggedCall): CallResult {
  if (call.outcome === 'reached') return 'done';
  const retry =
    call.retry ?? (call.attempt < call.retryLimit && !FINAL_NOT_REACHED_REASONS.includes(call.reason ?? 'no_answer'));
  return retry ? 'retry' : 'unreachable';
}
