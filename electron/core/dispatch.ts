import { type z } from 'zod';
import { isChannel, type Channel } from '../../shared/channels';
import { contract } from '../../shared/contract';
import { DossierError, type ErrorIssue, type Reply } from '../../shared/result';
import { issueKey } from '../../shared/fields';
import { acting } from './auth/acting';
import { maskReply, unmaskInput } from './auth/masking';
import { assertInputVisible } from './auth/records';
import type { Caller, Gate } from './auth/gate';
import type { Handlers } from './handlers';
import { writeFailure } from './db/open-errors';
import { retryWhileBusy } from './db/busy';

export function validationError(error: z.ZodError): DossierError {
  const issues: ErrorIssue[] = error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    code: issueKey(i.message),
  }));
  return new DossierError({
    code: 'validation',
    message: issues.map((i) => `${i.path || 'input'}: ${i.code}`).join('; '),
    issues,
  });
}

export type Dispatch = (channel: string, input: unknown, caller?: Caller) => Promise<Reply<unknown>>;

/**
 * Work a host does itself instead of calling `channel` (the CLI streams an export to disk, prints a batch of reports,
 * lists a segment's customers): checked by the same gate as the channel (sign-in, the role), run as that caller (the
 * staff scope applies; `actor` is who it is recorded as) and masked as the channel's reply would be. Refusals are
 * thrown as DossierError.
 */
export type RunAs = <T>(channel: Channel, work: () => T | Promise<T>, caller?: Caller) => Promise<T>;

export function createRunAs(gate: Gate): RunAs {
  return async <T>(channel: Channel, work: () => T | Promise<T>, caller: Caller = {}) => {
    const viewer = gate.check(channel, caller);
    return acting.run(
      { viewer, session: caller.session ?? null },
      async () => maskReply(gate.db, channel, await work()) as T,
    );
  };
}

/**
 * Checks the caller (`gate`: sign-in and the channel's role, before anything of the input is looked at), validates
 * the input against the contract, runs the handler as that caller, and answers with the reply envelope.
 */
export function createDispatch(
  handlers: Handlers,
  onInternalError: (e: unknown) => void = console.error,
  gate: Gate | null = null,
): Dispatch {
  return async (channel, input, caller = {}) => {
    if (!isChannel(channel))
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel)}` } };
    try {
      const viewer = gate ? gate.check(channel, caller) : null;
      return await acting.run({ viewer, session: caller.session ?? null }, async (): Promise<Reply<unknown>> => {
        const given = gate ? unmaskInput(gate.db, channel, input) : input;
        const parsed = contract[channel].input.safeParse(given ?? {});
        if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
        // A staff member reaches a customer, and what hangs on one (by its customerId or its own id), only for their
        // own and unassigned customers; what they are answered has its phones and ID numbers masked.
        if (gate) assertInputVisible(gate.db, channel, parsed.data);
        const handler = handlers[channel] as (i: unknown) => unknown;
        // Another writer holding the lock is waited for without blocking the event loop (db/busy.ts).
        const value: unknown = await retryWhileBusy(() => handler(parsed.data));
        return { ok: true, value: gate ? maskReply(gate.db, channel, value) : value };
      });
    } catch (error) {
      if (error instanceof DossierError) return { ok: false, error: error.toBody() };
      // A full disk, a read-only file or another writer holding the lock past busy_timeout: said as such.
      const told = writeFailure(error);
      if (told) return { ok: false, error: told.toBody() };
      onInternalError(error);
      return { ok: false, error: { code: 'internal', message: (error as Error)?.message ?? String(error) } };
    }
  };
}
