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
 * - What hangs on a tombstoned customer does not count: class and call-back rows of a tombstoned customer are left
 *   out as they arrive, and a customer's tombstone (arriving, set, lifted, or the row deleted) takes off or gives
 *   back what hangs on it. A customer not pushed yet counts as live.
 * Complaints are few and their overdue count depends on the day: they are counted when read.
 */
/** Rows of `r` whose customer (`key`) is not tombstoned (absent counts as live: it may not have arrived yet). */
const OWNER_LIVE = (key: string) =>
  `NOT EXISTS (SELECT 1 FROM dossier.customers g
     WHERE g.deleted_at IS NOT NULL AND g.branch_id = r.branch_id AND g.id = r.${key})`;

const CLASS_MEASURES = (from: string, owner: boolean) =>
  `SELECT r.branch_id, m.measure, count(*) AS n FROM ${from} r
     CROSS JOIN LATERAL (VALUES ('abc:' || r.abc), ('value:' || r.value), ('lifecycle:' || r.lifecycle)) m(measure)
    WHERE r.deleted_at IS NULL${owner ? ` AND ${OWNER_LIVE('id')}` : ''} GROUP BY r.branch_id, m.measure`;

const CALLBACK_MEASURES = (from: string, owner: boolean) =>
  `SELECT r.branch_id, m.measure, sum(m.n)::bigint AS n FROM ${from} r
     CROSS JOIN LATERAL (VALUES ('cb:planned', 1), ('cb:reached', CASE WHEN r.reached THEN 1 ELSE 0 END),
       ('cb:scored', CASE WHEN r.satisfaction IS NULL THEN 0 ELSE 1 END),
       ('cb:score_sum', coalesce(r.satisfaction, 0))) m(measure, n)
    WHERE r.deleted_at IS NULL AND r.state <> 'cancelled'${owner ? ` AND ${OWNER_LIVE('customer_id')}` : ''}
    GROUP BY r.branch_id, m.measure`;

/** The class and call-back measures of the customers `ids` (branch_id, id): what their tombstone takes away. */
const HANGING = (ids: string) =>
  `${CLASS_MEASURES(`(SELECT k.* FROM dossier.customer_classes k WHERE (k.branch_id, k.id) IN (${ids}))`, false)}
   UNION ALL
   ${CALLBACK_MEASURES(`(SELECT k.* FROM dossier.callbacks k WHERE (k.branch_id, k.customer_id) IN (${ids}))`, false)}`;

/**
 * The measures a set of rows (`from`: a table or a transition table) counts for, as (branch_id, measure, n); for
 * customers, also what their tombstones take off or give back (`when`: which statement).
 */
const MEASURES: Readonly<Record<string, (from: string) => string>> = {
  customers: (from) =>
    `SELECT r.branch_id, 'customers' AS measure, count(*) AS n FROM ${from} r WHERE r.deleted_at IS NULL
      GROUP BY r.branch_id`,
  customer_classes: (from) => CLASS_MEASURES(from, true),
  callbacks: (from) => CALLBACK_MEASURES(from, true),
};

/** Customers' tombstones: arriving tombstoned or becoming so takes off what hangs on them; the reverse gives it back. */
const TOMBSTONES = {
  in: `SELECT branch_id, measure, -n AS n FROM (${HANGING('SELECT branch_id, id FROM new_rows WHERE deleted_at IS NOT NULL')}) h`,
  out: `SELECT branch_id, measure, n FROM (${HANGING('SELECT branch_id, id FROM old_rows WHERE deleted_at IS NOT NULL')}) h`,
  changed: `SELECT branch_id, measure, -n AS n FROM (${HANGING(
    `SELECT n.branch_id, n.id FROM new_rows n JOIN old_rows o ON o.branch_id = n.branch_id AND o.id = n.id
      WHERE o.deleted_at IS NULL AND n.deleted_at IS NOT NULL`,
  )}) h
    UNION ALL
    SELECT branch_id, measure, n FROM (${HANGING(
      `SELECT n.branch_id, n.id FROM new_rows n JOIN old_rows o ON o.branch_id = n.branch_id AND o.id = n.id
        WHERE o.deleted_at IS NOT NULL AND n.deleted_at IS NULL`,
    )}) h`,
} as const;

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
    const also = (when: keyof typeof TOMBSTONES) => (table === 'customers' ? ` UNION ALL ${TOMBSTONES[when]}` : '');
    await client.query(`
      CREATE FUNCTION dossier.count_${table}_in() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, dossier AS $$
      BEGIN
        PERFORM dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted('new_rows', '')}${also('in')}) c), '[]'));
        RETURN NULL;
      END $$;
      CREATE FUNCTION dossier.count_${table}_out() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, dossier AS $$
      BEGIN
        PERFORM dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted('old_rows', '-')}${also('out')}) c), '[]'));
        RETURN NULL;
      END $$;
      CREATE FUNCTION dossier.count_${table}_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, dossier AS $$
      BEGIN
        PERFORM dossier.add_counts(coalesce((SELECT jsonb_agg(c) FROM (${counted('new_rows', '')} UNION ALL
          ${counted('old_rows', '-')}${also('changed')}) c), '[]'));
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
