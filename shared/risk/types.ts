/** Risk assessments and the risk lists, as the core answers them. */
import type { Page } from '../records';
import type { RiskGrade, Unsuitable } from './matching';

export interface RiskAssessment {
  readonly id: string;
  readonly customerId: string;
  readonly level: RiskGrade;
  readonly assessedOn: string;
  readonly expiresOn: string;
  readonly notes: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** A customer's assessments, newest first; the first is their level. */
export interface CustomerRisk {
  readonly current: RiskAssessment | null;
  readonly history: readonly RiskAssessment[];
}

/** A purchase of a product rated above what the customer's assessment allowed on its day. */
export interface RiskMismatch {
  readonly purchaseId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly occurredOn: string;
  readonly product: string;
  readonly rating: number;
  /** The level in effect on the purchase's day; null when none was. */
  readonly level: RiskGrade | null;
  readonly expiresOn: string | null;
  readonly code: Unsuitable;
  readonly amountCents: number;
  /** The reason recorded for going on; null when none was given (an import, or a purchase from before the check). */
  readonly override: string | null;
}

/** A customer whose newest assessment has expired or expires soon: someone to call. */
export interface DueAssessment {
  readonly customerId: string;
  readonly customerName: string;
  readonly mobile: string | null;
  readonly ownerName: string | null;
  readonly level: RiskGrade;
  readonly assessedOn: string;
  readonly expiresOn: string;
}

export interface DuePage extends Page<DueAssessment> {
  /** Every customer of the list (not just the page), for a call-back campaign. */
  readonly customerIds: readonly string[];
}
