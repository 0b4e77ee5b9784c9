import type { Stamps } from '../records';

/** A purchase: amounts are integer fen (cents). */
export interface Purchase extends Stamps {
  readonly id: string;
  readonly customerId: string;
  readonly occurredOn: string;
  /** The end or maturity date (理财到期, contract end), if it has one; its call-back plans itself. */
  readonly maturesOn: string | null;
  readonly product: string;
  readonly amountCents: number;
  readonly profitCents: number | null;
  readonly channel: string | null;
  readonly notes: string | null;
  /** The catalogue's product it was recorded as; null for a name the catalogue does not hold. */
  readonly productId: string | null;
  /** That product's risk rating 1 (R1) … 5 (R5). */
  readonly riskRating: number | null;
  /** The reason it was sold above the customer's risk level, if it was. */
  readonly riskOverride: string | null;
}
