import type { Stamps } from '../records';

export const INTERACTION_KINDS = ['call', 'visit', 'meeting', 'email', 'note', 'complaint'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Interaction extends Stamps {
  readonly id: string;
  readonly customerId: string;
  readonly kind: InteractionKind;
  readonly occurredAt: string;
  readonly staffId: string | null;
  readonly staffName: string | null;
  readonly summary: string;
  readonly outcome: string | null;
}
