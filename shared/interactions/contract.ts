import { z } from 'zod';
import { byId, done, returns, type ContractEntry } from '../contract-entries';
import { id } from '../fields';
import type { Page } from '../records';
import { interactionInput, interactionUpdateInput } from './schemas';
import type { Interaction } from './types';

export const interactionContract = {
  'interactions.create': { input: interactionInput, output: returns<Interaction>() },
  'interactions.list': {
    input: z.object({
      customerId: id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: returns<Page<Interaction>>(),
  },
  'interactions.update': { input: interactionUpdateInput, output: returns<Interaction>() },
  /** Soft: the entry leaves the timeline and can be put back with interactions.restore. */
  'interactions.delete': { input: byId, output: done() },
  'interactions.restore': { input: byId, output: returns<Interaction>() },
} as const satisfies Record<string, ContractEntry>;
