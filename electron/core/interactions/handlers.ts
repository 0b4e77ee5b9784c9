import type { interactionContract } from '../../../shared/interactions/contract';
import type { AreaContext, HandlersOf } from '../context';
import { getCustomer } from '../customers/records';
import {
  createInteraction,
  deleteInteraction,
  listInteractions,
  restoreInteraction,
  updateInteraction,
} from './timeline';

export type InteractionHandlers = HandlersOf<typeof interactionContract>;

export function interactionHandlers({ db, actor }: AreaContext): InteractionHandlers {
  return {
    'interactions.create': (input) => {
      getCustomer(db, input.customerId);
      return createInteraction(db, input, actor());
    },
    'interactions.list': ({ customerId, offset, limit }) => listInteractions(db, customerId, offset, limit),
    'interactions.update': (input) => updateInteraction(db, input, actor()),
    'interactions.restore': ({ id }) => restoreInteraction(db, id, actor()),
    'interactions.delete': ({ id }) => {
      deleteInteraction(db, id, actor());
      return { ok: true };
    },
  };
}
