/** What the customer form starts with: a blank person owned by the current staff member, or a saved customer. */
import type { Customer } from '../../../shared/customers/types';
import type { CustomerInput } from '../../../shared/customers/schemas';

export function blankCustomer(ownerId: string | null): CustomerInput {
  return {
    kind: 'person',
    name: '',
    gender: '',
    birthDate: '',
    mobile: '',
    phone: '',
    email: '',
    address: '',
    region: '',
    employer: '',
    position: '',
    nationality: '',
    maritalStatus: '',
    source: '',
    idType: 'residentId',
    idNumber: '',
    industry: '',
    headcount: '',
    ownerId: ownerId ?? '',
    notes: '',
    tags: [],
    customFields: {},
  };
}

export function customerToForm(c: Customer): CustomerInput {
  return {
    kind: c.kind,
    name: c.name,
    gender: c.gender ?? '',
    birthDate: c.birthDate ?? '',
    mobile: c.mobile ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
    address: c.address ?? '',
    region: c.region ?? '',
    employer: c.employer ?? '',
    position: c.position ?? '',
    nationality: c.nationality ?? '',
    maritalStatus: c.maritalStatus ?? '',
    source: c.source ?? '',
    idType: c.idType ?? (c.kind === 'person' ? 'residentId' : 'creditCode'),
    idNumber: c.idNumber ?? '',
    industry: c.industry ?? '',
    headcount: c.headcount ?? '',
    ownerId: c.ownerId ?? '',
    notes: c.notes ?? '',
    tags: [...c.tags],
    // Kept on edit: a save without them would drop the columns an import kept. Without a prototype, so a field
    // named __proto__ survives the form's copies of its values.
    customFields: Object.assign(Object.create(null) as Record<string, string>, c.customFields),
  };
}

/** The form's fields, for mapping server-side issues back onto them. */
export const CUSTOMER_FIELDS = Object.keys(blankCustomer(null)) as (keyof CustomerInput)[];
