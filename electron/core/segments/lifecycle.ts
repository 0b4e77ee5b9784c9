/**
 * Lifecycle stage from the relationship's history, first rule that applies:
 * 1. exploration: no purchase yet (up to the period end), or the first purchase fewer than `explorationDays` ago;
 * 2. decline: the last purchase more than `declineDays` ago, or spend fell by at least `declineDropPercent` against
 *    the previous period (which had some spend);
 * 3. formation: a relationship (since first contact) younger than `formationMonths`, spending more than in the
 *    previous period;
 * 4. stable: the rest, buying steadily.
 */
import type { LifecycleStage } from '../../../shared/segments/classes';
import type { SegmentSettings } from '../../../shared/segments/settings';
import type { LifecycleRule } from '../../../shared/segments/types';

export interface LifecycleInput {
  readonly daysSinceFirstPurchase: number | null;
  readonly daysSinceLastPurchase: number | null;
  readonly relationshipMonths: number;
  readonly amountCents: number;
  readonly previousAmountCents: number;
  readonly growthPercent: number | null;
}

export function classifyLifecycle(
  c: LifecycleInput,
  settings: SegmentSettings['lifecycle'],
): { stage: LifecycleStage; rule: LifecycleRule } {
  if (c.daysSinceFirstPurchase === null || c.daysSinceLastPurchase === null)
    return { stage: 'exploration', rule: 'no_purchase' };
  if (c.daysSinceFirstPurchase < settings.explorationDays)
    return { stage: 'exploration', rule: 'first_purchase_recent' };
  if (c.daysSinceLastPurchase > settings.declineDays) return { stage: 'decline', rule: 'inactive' };
  if (c.growthPercent !== null && c.growthPercent <= -settings.declineDropPercent)
    return { stage: 'decline', rule: 'spend_fell' };
  if (c.relationshipMonths < settings.formationMonths && c.amountCents > c.previousAmountCents)
    return { stage: 'formation', rule: 'growing' };
  return { stage: 'stable', rule: 'steady' };
}
