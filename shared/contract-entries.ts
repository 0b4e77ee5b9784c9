/** What each area's contract is made of: a channel's input schema and (as a phantom) its output type. */
import { z } from 'zod';
import { id } from './fields';

export interface ContractEntry {
  readonly input: z.ZodType;
  readonly output: unknown;
}

/** A phantom marker carrying the output type of a channel. */
export const returns = <T>() => undefined as unknown as T;
export const none = z.object({}).strict();
export const byId = z.object({ id });
export const done = returns<{ readonly ok: true }>;
