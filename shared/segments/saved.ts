/** Saved segments (smart lists): a customer-list filter kept under a name, re-evaluated or frozen as its members. */
import { z } from 'zod';
import { customerFilter, type CustomerFilterValues } from '../customers/schemas';
import { id } from '../fields';

/** Dynamic: the filter, matched again whenever opened; frozen: the customers it matched when saved. */
export const SAVED_SEGMENT_KINDS = ['dynamic', 'frozen'] as const;
export type SavedSegmentKind = (typeof SAVED_SEGMENT_KINDS)[number];

const segmentName = z.string().trim().min(1, 'savedSegments.nameRequired').max(50, 'text.tooLong');

export const savedSegmentCreateInput = z.object({
  name: segmentName,
  kind: z.enum(SAVED_SEGMENT_KINDS).default('dynamic'),
  filter: customerFilter,
  pinned: z.boolean().default(false),
});
export type SavedSegmentCreateValues = z.output<typeof savedSegmentCreateInput>;

/** A rename, a pin or an unpin; the filter and the members stay as saved. */
export const savedSegmentUpdateInput = z.object({ id, name: segmentName.optional(), pinned: z.boolean().optional() });
export type SavedSegmentUpdateValues = z.output<typeof savedSegmentUpdateInput>;

/** One segment by id or by its (live, unique) name, as the command line names it. */
export const savedSegmentGetInput = z.union([z.object({ id }).strict(), z.object({ name: segmentName }).strict()]);

export interface SavedSegment {
  readonly id: string;
  readonly name: string;
  readonly kind: SavedSegmentKind;
  readonly filter: CustomerFilterValues;
  readonly pinned: boolean;
  /** When a frozen segment's members were taken. */
  readonly frozenAt: string | null;
  /** Its live customers now. */
  readonly count: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
