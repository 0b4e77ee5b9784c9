import type { ClientBase } from 'pg';

/**
 * Running counts per branch, kept by the pushes themselves, so head office's branches page reads a few hundred
 * counter rows instead of every customer, class and call-back of every branch:
 *
 * - `dossier.branch_counts (branch_id, measure, n)`: live customers (`customers`), live class rows per class
 *   (`abc:A`, `value:core`, `lifecycle:stable`, …) and, of the call-backs not cancelled, `cb:planned`,
 *   `cb:reached`, `cb:scored` and `cb:score_sum`.
 * - Statement-level triggers with transition tables add what a statement brought in and take off what it took away
 *   (an INSERT … ON CONFLICT DO UPDATE fires both), one counter upsert per branch and measure, not per row. They
 *   run as the schema's owner (SECURITY DEFINER): a branch's role cannot write the counters itself.
 * - What hangs on a tombstoned customer is counted here and taken off when head office reads (few rows, by index).
 * Complaints are few and their overdue count depends on the day: they are counted when read.
 */
/** The measures a set of rows (`from`: a table or a transition table) counts for, as (branch_id, measure, n). */
const MEASURES: Readonly<Record<string, (from: string) => string>> = {
  customers: (from) =>
    `SELECT r.branch_id, 'customers' AS measure, count(*) AS n FROM ${from} r WHERE r.deleted_at IS NULL
      GROUP BY r.branch_id`,
  customer_classes: (from) =>
    `SELECT r.branch_id, m.measure, count(*) AS n FROM ${from} r
       CROSS JOIN LATERAL (VALUES ('abc:' || r.abc), ('value:' || r.value), ('lifecycle:' || r.lifecycle)) m(measure)
      WHERE r.deleted_at IS NULL GROUP BY r.branch_id, m.measure`,
  callbacks: (from) =>
    `SELECT r.branch_id, m.measure, sum(m.n)::bigint AS n FROM ${from} r
       CROSS JOIN LATERAL (VALUES ('cb:planned', 1), ('cb:reached', CASE WHEN r.reached THEN 1 ELSE 0 END),
         ('cb:scored', CASE WHEN r.satisfaction IS NULL THEN 0 ELSE 1 END),
         ('cb:score_sum', coalesce(r.satisfaction, 0))) m(measure, n)
      WHERE r.deleted_at IS NULL AND r.state <> 'cancelled' GROUP BY r.branch_id, m.measure`,
};

export async function up(client: ClientBase): Promise<void> {
  await client.query(`
    CREATE TABLE dossier.branch_counts (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      measure text NOT NULL,
      n bigint NOT NULL,
      PRIMARY KEY (branch_id, measure)
    );
    ALTER TABLE dossier.branch_counts ENABLE ROW LEVEL SECURITY;
    ALTER TABLE dossier.branch_counts FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON dossier.branch_counts TO CURRENT_USER USING (true) WITH CHECK (true);
    CREATE POLICY hq_read ON dossier.branch_counts FOR SELECT TO dossier_hq USING (true);
    GRANT SELECT ON dossier.branch_counts TO dossier_hq;

    CREATE FUNCTION dossier.add_counts(counts jsonb) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO dossier.branch_counts AS bc (branch_id, measure, n)
        SELECT (c->>'branch_id')::uuid, c->>'measure', sum((c->>'n')::bigint) FROM jsonb_array_elements(counts) c
         GROUP BY 1, 2 HAVING sum((c->>'n')::bigint) <> 0
        ON CONFLICT (branch_id, measure) DO UPDATE SET n = bc.n + excluded.n
      $$;
  `);
  for (const [table, measures] of Object.entries(MEASURES)) {
    const counted = (set: string, sign: string) => `SELECT branch_id, measure, ${sign}n AS n FROM (${measures(set)}) m`;
    await client.query(`
      CREATE FUNCTION dossier.count_${table}_in() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, dossier AS $$
      BEGIN
        PERFORM dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted('new_rows', '')}) c), '[]'));
        RETURN NULL;
      END $$;
      CREATE FUNCTION dossier.count_${table}_out() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, dossier AS $$
      BEGIN
        PERFORM dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted('old_rows', '-')}) c), '[]'));
        RETURN NULL;
      END $$;
      CREATE FUNCTION dossier.count_${table}_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, dossier AS $$
      BEGIN
        PERFORM dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted('new_rows', '')} UNION ALL
          ${counted('old_rows', '-')}) c), '[]'));
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION dossier.count_${table}_in(), dossier.count_${table}_out(), dossier.count_${table}_changed() FROM PUBLIC;
      CREATE TRIGGER ${table}_counted_in AFTER INSERT ON dossier.${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier.count_${table}_in();
      CREATE TRIGGER ${table}_counted_out AFTER DELETE ON dossier.${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dossier.count_${table}_out();
      CREATE TRIGGER ${table}_counted_changed AFTER UPDATE ON dossier.${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
        EXECUTE FUNCTION dossier.count_${table}_changed();
      SELECT dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted(`dossier.${table}`, '')}) c), '[]'));
    `);
  }
}
