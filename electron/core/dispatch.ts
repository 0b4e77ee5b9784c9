import { type z } from 'zod';
import { isChannel } from '../../shared/channels';
import { contract } from '../../shared/contract';
import { DossierError, type ErrorIssue, type Reply } from '../../shared/result';
import { issueKey } from '../../shared/fields';
import type { Handlers } from './handlers';
import { writeFailure } from './db/open-errors';

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

export type Dispatch = (channel: string, input: unknown) => Promise<Reply<unknown>>;

/** Validates the input against the contract, runs the handler, and answers with the reply envelope. */
export function createDispatch(handlers: Handlers, onInternalError: (e: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel))
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel)}` } };
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
    try {
      const handler = handlers[channel] as (i: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
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
