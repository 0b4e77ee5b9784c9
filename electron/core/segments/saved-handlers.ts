import type { savedSegmentContract } from '../../../shared/segments/saved-contract';
import type { AreaContext, HandlersOf } from '../context';
import {
  createSavedSegment,
  deleteSavedSegment,
  getSavedSegment,
  listSavedSegments,
  updateSavedSegment,
} from './saved';

export type SavedSegmentHandlers = HandlersOf<typeof savedSegmentContract>;

export function savedSegmentHandlers({ db, actor }: AreaContext): SavedSegmentHandlers {
  return {
    'savedSegments.list': ({ pinnedOnly }) => listSavedSegments(db, pinnedOnly),
    'savedSegments.get': (by) => getSavedSegment(db, by),
    'savedSegments.create': (input) => createSavedSegment(db, input, actor()),
    'savedSegments.update': (input) => updateSavedSegment(db, input, actor()),
    'savedSegments.delete': ({ id }) => deleteSavedSegment(db, id, actor()),
  };
}
