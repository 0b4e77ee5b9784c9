/** A customer: a person or a company (DOMAIN.md §1), as stored and as listed. */
import type { Stamps } from '../records';
import type { Contact } from '../contacts/types';
import type { Interaction } from '../interactions/types';
import type { Staff } from '../staff/types';
import type { IdType } from '../rules/id-documents';

export const CUSTOMER_KINDS = ['person', 'company'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const GENDERS = ['male', 'female', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** How we got to know the customer (认知途径). */
export const SOURCES = ['referral', 'walk_in', 'advertising', 'exhibition', 'phone', 'internet', 'other'] as const;
export type Source = (typeof SOURCES)[number];

export const CUSTOMER_SORTS = ['name', 'createdAt', 'updatedAt', 'region', 'owner'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface Customer extends Stamps {
  readonly id: string;
  readonly kind: CustomerKind;
  readonly name: string;
  readonly gender: Gender | null;
  readonly birthDate: string | null;
  readonly mobile: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly address: string | null;
  readonly region: string | null;
  readonly employer: string | null;
  readonly position: string | null;
  readonly nationality: string | null;
  readonly maritalStatus: MaritalStatus | null;
  readonly source: Source | null;
  /** The document the ID number is from: a person's resident ID, passport, permit…; a company's credit code. */
  readonly idType: IdType | null;
  readonly idNumber: string | null;
  readonly industry: string | null;
  readonly headcount: number | null;
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly notes: string | null;
  readonly tags: readonly string[];
  readonly customFields: Readonly<Record<string, string>>;
  readonly deletedAt: string | null;
}

export interface CustomerRow {
  readonly id: string;
  readonly kind: CustomerKind;
  readonly name: string;
  readonly mobile: string | null;
  readonly phone: string | null;
  readonly employer: string | null;
  readonly region: string | null;
  readonly ownerName: string | null;
  readonly tags: readonly string[];
  readonly updatedAt: string;
}

export type DuplicateReason = 'mobile' | 'idNumber' | 'nameEmployer';

export interface DuplicateCandidate {
  readonly id: string;
  /** Empty (with no mobile or employer) when `elsewhere`. */
  readonly name: string;
  readonly mobile: string | null;
  readonly employer: string | null;
  readonly reasons: readonly DuplicateReason[];
  /** Another staff member's customer, told to a staff member without who it is (they cannot open it). */
  readonly elsewhere: boolean;
}

export interface Facets {
  readonly tags: readonly string[];
  readonly regions: readonly string[];
  readonly staff: readonly Staff[];
}

/** What a bulk change did: the customers it took, those it changed, and for a delete the stamp its undo names. */
export interface BulkResult {
  readonly matched: number;
  readonly changed: number;
  readonly deletedAt: string | null;
}

export interface CustomerDetail {
  readonly customer: Customer;
  readonly contacts: readonly Contact[];
  readonly interactions: readonly Interaction[];
  readonly interactionTotal: number;
}
