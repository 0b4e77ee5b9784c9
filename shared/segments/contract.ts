/** The segment channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { z } from 'zod';
import { none, returns, type ContractEntry } from '../contract-entries';
import { id, isRealDate } from '../fields';
import { periodSettings, segmentSettings } from './settings';
import type {
  ComputeResult,
  CustomerSegments,
  SegmentMigration,
  SegmentPreview,
  SegmentSettingsView,
  SegmentsOverview,
} from './types';
import { COMPUTED_SCHEMES, type ComputedScheme } from './types';

const schemes = COMPUTED_SCHEMES as unknown as readonly [ComputedScheme, ...ComputedScheme[]];
/** YYYY-MM naming a real month: the month end it stands for. */
const monthInput = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'segments.monthInvalid');

const overviewInput = z.object({ scheme: z.enum(schemes).optional() });
const migrationInput = z
  .object({ scheme: z.enum(schemes), from: monthInput, to: monthInput })
  .refine((m) => m.from < m.to, { message: 'segments.monthOrder', path: ['to'] });
/**
 * Compute now; `asOf` (default today) may be a past day, so history can be backfilled. `period` computes this once
 * over another period than the settings' (the CLI's --period / --from --to); the settings stay as they are.
 */
const computeInput = z.object({
  asOf: z
    .string()
    .refine((v) => isRealDate(v), 'date.invalid')
    .optional(),
  period: periodSettings.optional(),
});

export const segmentContract = {
  'segments.settings': { input: none, output: returns<SegmentSettingsView>() },
  /** Validates, stores, audits, then recomputes in the background (overview says `current: false` meanwhile). */
  'segments.saveSettings': { input: segmentSettings, output: returns<SegmentSettingsView>() },
  /** Counts per class under the proposed settings against the stored ones, and how many customers would move. */
  'segments.preview': { input: segmentSettings, output: returns<SegmentPreview>() },
  'segments.compute': { input: computeInput, output: returns<ComputeResult>() },
  'segments.overview': { input: overviewInput, output: returns<SegmentsOverview>() },
  'segments.customer': { input: z.object({ customerId: id }), output: returns<CustomerSegments>() },
  'segments.migration': { input: migrationInput, output: returns<SegmentMigration>() },
} as const satisfies Record<string, ContractEntry>;
