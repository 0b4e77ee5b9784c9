/** Domain vocabulary shared by the core and the renderer (DOMAIN.md §1). */
export const CUSTOMER_KINDS = ['person', 'company'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const GENDERS = ['male', 'female', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** How we got to know the customer (认知途径). */
export const SOURCES = ['referral', 'walk_in', 'advertising', 'exhibition', 'phone', 'internet', 'other'] as const;
export type Source = (typeof SOURCES)[number];

export const INTERACTION_KINDS = ['call', 'visit', 'meeting', 'email', 'note', 'complaint'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** A company contact's part in the purchasing decision. */
export const CONTACT_ROLES = ['decision_maker', 'delegated_decision_maker', 'influencer', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CUSTOMER_SORTS = ['name', 'createdAt', 'updatedAt', 'region', 'owner'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface Staff {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
}

export interface Stamps {
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

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
  /** Resident ID for a person, unified social credit code for a company. */
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

export interface SearchHit extends CustomerRow {
  /** Which field matched, so the UI can say why a row was found. */
  readonly matched: 'name' | 'pinyin' | 'phone' | 'idNumber' | 'employer' | 'email' | 'other';
}

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

export interface CustomerDetail {
  readonly customer: Customer;
  readonly contacts: readonly Contact[];
  readonly interactions: readonly Interaction[];
  readonly interactionTotal: number;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

export type DuplicateReason = 'mobile' | 'idNumber' | 'nameEmployer';

export interface DuplicateCandidate {
  readonly id: string;
  readonly name: string;
  readonly mobile: string | null;
  readonly employer: string | null;
  readonly reasons: readonly DuplicateReason[];
}

export interface Facets {
  readonly tags: readonly string[];
  readonly regions: readonly string[];
  readonly staff: readonly Staff[];
}

export interface AppInfo {
  readonly version: string;
  readonly dbPath: string;
  readonly schemaVersion: number;
  readonly host: 'desktop' | 'web';
}

export interface Settings {
  /** null means: follow the operating system's language. */
  readonly language: Language | null;
  readonly currentStaffId: string | null;
}

/** A purchase: amounts are integer fen (cents). */
export interface Transaction extends Stamps {
  readonly id: string;
  readonly customerId: string;
  readonly occurredOn: string;
  readonly product: string;
  readonly amountCents: number;
  readonly profitCents: number | null;
  readonly channel: string | null;
  readonly notes: string | null;
}
