import type { Stamps } from '../records';

/** A company contact's part in the purchasing decision. */
export const CONTACT_ROLES = ['decision_maker', 'delegated_decision_maker', 'influencer', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export interface Contact extends Stamps {
  readonly id: string;
  readonly customerId: string;
  readonly name: string;
  readonly title: string | null;
  readonly role: ContactRole;
  readonly mobile: string | null;
  readonly email: string | null;
  readonly notes: string | null;
}
