/** The product catalogue: what purchases pick from, each with its risk rating R1 (lowest) … R5. */
import type { Stamps } from '../records';
import type { RiskGrade } from '../risk/matching';

export interface Product extends Stamps {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
  /** 1 = R1 … 5 = R5, the same scale as a customer's level C1 … C5. */
  readonly riskRating: RiskGrade;
  /** How long it runs, in days (a 3-month deposit: 90); null when it has no fixed term. */
  readonly termDays: number | null;
  /** Live purchases of it. */
  readonly purchases: number;
  /** Pulled from head office, read-only here (absent: the branch's own product). */
  readonly fromHq?: true;
}

/** A product name purchases were recorded under that the catalogue does not hold, and how many purchases bear it. */
export interface UnknownProduct {
  readonly name: string;
  readonly purchases: number;
}
