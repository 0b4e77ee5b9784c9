import type { ClientBase } from 'pg';

/**
 * A name search that finds no one reads an index, not every live customer. The substring search (`name ILIKE
 * '%…%'`) is narrowed first by the name's characters and pairs of adjacent characters (lower-cased), kept in a GIN
 * index of the live customers: a query of two or more characters must contain all its pairs, a single character
 * itself. A name nobody has meets an empty pair and reads nothing.
 *
 * Not `pg_trgm` (which Debian's PostgreSQL ships and any role may create): a trigram needs three characters, and
 * most Chinese names have two or three, and pg_trgm ignores Chinese characters entirely in a cluster whose ctype is
 * C. Pairs work for any name and any locale. `lower` is the one ILIKE applies, so the index never drops a match.
 */
export async function up(client: ClientBase): Promise<void> {
  await client.query(`
    CREATE FUNCTION dossier.name_grams(name text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
          SELECT substr(lower(name), i, 1) FROM generate_series(1, char_length(name)) i
          UNION ALL
          SELECT substr(lower(name), i, 2) FROM generate_series(1, char_length(name) - 1) i) s(g)
      $$;
    CREATE FUNCTION dossier.query_grams(query text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$
        SELECT coalesce(array_agg(DISTINCT substr(lower(query), i, least(char_length(query), 2))), '{}')
          FROM generate_series(1, greatest(char_length(query) - 1, 1)) i WHERE query <> ''
      $$;
    GRANT EXECUTE ON FUNCTION dossier.name_grams(text), dossier.query_grams(text) TO dossier_branch, dossier_hq;
    CREATE INDEX customers_live_name_grams ON dossier.customers USING gin (dossier.name_grams(name))
      WHERE deleted_at IS NULL;
  `);
}
