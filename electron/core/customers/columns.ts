/** The customer columns every read selects, and the JSON they are stored as. */

export const ROW_COLUMNS = `c.id, c.kind, c.name, c.mobile, c.phone, c.employer, c.region, s.name AS ownerName,
  c.tags, c.updated_at AS updatedAt`;

/** A number written without its document (the seed, older files) is the kind's own: resident ID, credit code. */
const ID_TYPE = `CASE WHEN c.id_number IS NULL THEN NULL
  ELSE coalesce(c.id_type, CASE c.kind WHEN 'company' THEN 'creditCode' ELSE 'residentId' END) END`;

export const FULL_COLUMNS = `c.id, c.kind, c.name, c.gender, c.birth_date AS birthDate, c.mobile, c.phone, c.email,
  c.address, c.region, c.employer, c.position, c.nationality, c.marital_status AS maritalStatus, c.source,
  ${ID_TYPE} AS idType, c.id_number AS idNumber, c.industry, c.headcount, c.owner_id AS ownerId, s.name AS ownerName, c.notes, c.tags,
  c.custom_fields AS customFields, c.created_at AS createdAt, c.created_by AS createdBy, c.updated_at AS updatedAt, c.updated_by AS updatedBy,
  c.deleted_at AS deletedAt`;

export type Stored<T> = Omit<T, 'tags' | 'customFields'> & { tags: string; customFields?: string };
export const withTags = <T extends { tags: readonly string[] }>(row: Stored<T>): T =>
  (row.customFields === undefined
    ? { ...row, tags: JSON.parse(row.tags) as string[] }
    : {
        ...row,
        tags: JSON.parse(row.tags) as string[],
        customFields: JSON.parse(row.customFields) as Record<string, string>,
      }) as unknown as T;
