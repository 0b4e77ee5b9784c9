/** The saved segments' channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { z } from 'zod';
import { byId, returns, type ContractEntry } from '../contract-entries';
import { savedSegmentCreateInput, savedSegmentGetInput, savedSegmentUpdateInput, type SavedSegment } from './saved';

export const savedSegmentContract = {
  /** Every live segment with its count, pinned ones first (or only those, for the navigation). */
  'savedSegments.list': {
    input: z.object({ pinnedOnly: z.boolean().default(false) }),
    output: returns<readonly SavedSegment[]>(),
  },
  'savedSegments.get': { input: savedSegmentGetInput, output: returns<SavedSegment>() },
  'savedSegments.create': { input: savedSegmentCreateInput, output: returns<SavedSegment>() },
  'savedSegments.update': { input: savedSegmentUpdateInput, output: returns<SavedSegment>() },
  'savedSegments.delete': { input: byId, output: returns<{ readonly deletedAt: string }>() },
} as const satisfies Record<string, ContractEntry>;
