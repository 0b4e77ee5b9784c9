import type { Stamps } from '../records';

export const INTERACTION_KINDS = ['call', 'visit', 'meeting', 'email', 'note', 'complaint'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
/** What can be logged as a bare timeline entry: a complaint is a complaint record (owner, due date, workflow). */
export const LOGGABLE_KINDS = INTERACTION_KINDS.filter(
  (k): k is Exclude<InteractionKind, 'complaint'> => k !== 'complaint',
);

export interface Interaction extends Stamps {
  readonly id: string;
  readonly customerId: string;
  readonly kind: InteractionKind;
  readonly occurredAt: string;
  readonly staffId: string | null;
  readonly staffName: string | null;
  readonly summary: string;
  readonly outcome: string | null;
  /**
   * Written by logging a call-back: the attempt points at it, so its type and time follow the call and it cannot be
   * removed; only its text can be corrected.
   */
  readonly fromCall: boolean;
}
