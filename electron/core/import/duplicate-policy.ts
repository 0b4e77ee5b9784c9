/** What an import writes over a customer the file matches: the stored values, merged with the file's by the chosen policy. */
import type { Customer } from '../../../shared/customers/types';
import type { CustomerValues } from '../../../shared/customers/schemas';

/** A stored customer's editable values, as the file's rows are read into. */
export function valuesOf(c: Customer): CustomerValues {
  return {
    kind: c.kind,
    name: c.name,
    gender: c.gender,
    birthDate: c.birthDate,
    mobile: c.mobile,
    phone: c.phone,
    email: c.email,
    address: c.address,
    region: c.region,
    employer: c.employer,
    position: c.position,
    nationality: c.nationality,
    maritalStatus: c.maritalStatus,
    source: c.source,
    idType: c.idType,
    idNumber: c.idNumber,
    industry: c.industry,
    headcount: c.headcount,
    ownerId: c.ownerId,
    notes: c.notes,
    tags: [...c.tags],
    customFields: { ...c.customFields },
  };
}

/** fill: only empty fields take the file's value; overwrite: the file's non-empty values win. Tags are merged. */
export function mergeUnderPolicy(
  existing: CustomerValues,
  incoming: CustomerValues,
  policy: 'fill' | 'overwrite',
): CustomerValues {
  const merged: Record<string, unknown> = { ...existing };
  for (const [k, v] of Object.entries(incoming)) {
    if (k === 'tags' || k === 'customFields' || k === 'kind') continue;
    const current = (existing as unknown as Record<string, unknown>)[k];
    if (v === null || v === undefined || v === '') continue;
    if (policy === 'overwrite' || current === null || current === undefined || current === '') merged[k] = v;
  }
  merged.tags = [...new Set([...existing.tags, ...incoming.tags])];
  merged.customFields =
    policy === 'overwrite'
      ? { ...existing.customFields, ...incoming.customFields }
      : { ...incoming.customFields, ...existing.customFields };
  return merged as unknown as CustomerValues;
}
