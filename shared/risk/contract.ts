/** Risk assessment and risk-list channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { z } from 'zod';
import { returns, type ContractEntry } from '../contract-entries';
import { id } from '../fields';
import type { Page } from '../records';
import { dueInput, mismatchesInput, riskAssessInput } from './schemas';
import type { CustomerRisk, DuePage, RiskAssessment, RiskMismatch } from './types';

export const riskContract = {
  'risk.get': { input: z.object({ customerId: id }), output: returns<CustomerRisk>() },
  /** Records a new assessment (history is kept; the newest counts) and the level's change. */
  'risk.assess': { input: riskAssessInput, output: returns<RiskAssessment>() },
  /** Purchases rated above what the customer's assessment allowed on their day, newest first. */
  'risk.mismatches': { input: mismatchesInput, output: returns<Page<RiskMismatch>>() },
  /** Customers whose newest assessment has expired, or expires within 30 days; soonest first. */
  'risk.due': { input: dueInput, output: returns<DuePage>() },
} as const satisfies Record<string, ContractEntry>;
