import type { ClientBase } from 'pg';

/**
 * The head-office schema `dossier`: branches, the branch-owned mirrors, the reference tables head office owns, and
 * the row-level security that keeps every branch to its own rows.
 *
 * - Mirrors are keyed (branch_id, id): ids are the branch's UUIDv7s. `version` is the branch's change sequence of
 *   the record when it was read; an upsert only replaces a row whose version is not newer (a replayed push cannot
 *   go back in time). `deleted_at` is the tombstone of a record deleted at the branch; an erased customer is
 *   deleted here with every row that hangs on it. `pushed_at` is when it last arrived.
 * - Only what head office counts travels: names, kinds, owners, classes, dates, states and scores. Free text
 *   (notes, summaries, a complaint's words) and raw ID numbers stay at the branch; a mobile arrives masked, and the
 *   normalised mobile and ID number as keyed digests (HMAC-SHA-256 with `org_keys.digest`), enough to find the
 *   same person at two branches and useless to read a number back.
 * - Roles: `dossier_branch` (no login) is the group every branch's login role belongs to; `dossier_hq` reads
 *   everything and writes nothing. Policies apply to the table owner too (FORCE), so the owner gets its own.
 */
export async function up(client: ClientBase): Promise<void> {
  await client.query(`
    CREATE TABLE dossier.branches (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
      name text NOT NULL,
      role_name text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    -- The branch of the login role that is asking (session_user: inside a SECURITY DEFINER function current_user
    -- is the function's owner); null for any other role.
    CREATE FUNCTION dossier.my_branch() RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, dossier
      AS $$ SELECT id FROM dossier.branches WHERE role_name = session_user $$;
    REVOKE ALL ON FUNCTION dossier.my_branch() FROM PUBLIC;

    -- The key of the mobile and ID number digests: branches read it, head office's reader does not.
    CREATE TABLE dossier.org_keys (
      name text PRIMARY KEY,
      key bytea NOT NULL
    );

    CREATE TABLE dossier.staff (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      name text NOT NULL,
      role text NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );

    CREATE TABLE dossier.customers (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('person', 'company')),
      name text NOT NULL,
      owner_id text,
      region text,
      -- 138****5678; the digests are hex HMAC-SHA-256 of the normalised mobile and the upper-cased ID number.
      mobile_masked text,
      mobile_digest text,
      id_number_digest text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );
    CREATE INDEX customers_mobile_digest ON dossier.customers(mobile_digest, branch_id) WHERE mobile_digest IS NOT NULL;
    CREATE INDEX customers_id_number_digest ON dossier.customers(id_number_digest, branch_id)
      WHERE id_number_digest IS NOT NULL;
    CREATE INDEX customers_branch_live ON dossier.customers(branch_id, created_at) WHERE deleted_at IS NULL;

    -- A customer's classes (from the branch's customer_segments), one row per customer.
    CREATE TABLE dossier.customer_classes (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      abc text NOT NULL CHECK (abc IN ('A', 'B', 'C')),
      rfm text NOT NULL,
      frequency text NOT NULL,
      value text NOT NULL CHECK (value IN ('core', 'potential', 'general')),
      lifecycle text NOT NULL CHECK (lifecycle IN ('exploration', 'formation', 'stable', 'decline')),
      period_from date NOT NULL,
      period_to date NOT NULL,
      computed_at timestamptz NOT NULL,
      purchases integer NOT NULL,
      amount_cents bigint NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );
    CREATE INDEX customer_classes_abc ON dossier.customer_classes(branch_id, abc) WHERE deleted_at IS NULL;
    CREATE INDEX customer_classes_value ON dossier.customer_classes(branch_id, value) WHERE deleted_at IS NULL;
    CREATE INDEX customer_classes_lifecycle ON dossier.customer_classes(branch_id, lifecycle) WHERE deleted_at IS NULL;

    CREATE TABLE dossier.interactions (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      customer_id text NOT NULL,
      kind text NOT NULL,
      occurred_at timestamptz NOT NULL,
      staff_id text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );
    CREATE INDEX interactions_customer ON dossier.interactions(branch_id, customer_id);
    CREATE INDEX interactions_occurred ON dossier.interactions(branch_id, occurred_at) WHERE deleted_at IS NULL;

    CREATE TABLE dossier.campaigns (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      name text NOT NULL,
      purpose text NOT NULL,
      from_on date NOT NULL,
      to_on date NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );

    CREATE TABLE dossier.callbacks (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      customer_id text NOT NULL,
      campaign_id text,
      staff_id text,
      purpose text NOT NULL,
      planned_on date NOT NULL,
      due_on date NOT NULL,
      -- open, done, unreachable, cancelled; outcome of the last attempt; reached: a done call-back reached someone.
      state text NOT NULL,
      outcome text,
      reached boolean NOT NULL,
      not_reached_reason text,
      answer_category text,
      satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
      attempts integer NOT NULL,
      closed_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );
    CREATE INDEX callbacks_customer ON dossier.callbacks(branch_id, customer_id);
    CREATE INDEX callbacks_planned ON dossier.callbacks(branch_id, planned_on) INCLUDE (state, reached, satisfaction)
      WHERE deleted_at IS NULL;
    CREATE INDEX callbacks_campaign ON dossier.callbacks(branch_id, campaign_id) INCLUDE (state, reached, satisfaction)
      WHERE campaign_id IS NOT NULL AND deleted_at IS NULL;

    CREATE TABLE dossier.complaints (
      branch_id uuid NOT NULL REFERENCES dossier.branches(id),
      id text NOT NULL,
      customer_id text NOT NULL,
      channel text NOT NULL,
      category text NOT NULL,
      severity text NOT NULL,
      -- The root cause as recorded (the branch's words stay at the branch; the cause is a short label).
      root_cause text,
      status text NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
      owner_id text,
      received_at timestamptz NOT NULL,
      received_on date NOT NULL,
      due_on date NOT NULL,
      resolved_at timestamptz,
      closed_at timestamptz,
      satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version bigint NOT NULL,
      deleted_at timestamptz,
      pushed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (branch_id, id)
    );
    CREATE INDEX complaints_customer ON dossier.complaints(branch_id, customer_id);
    CREATE INDEX complaints_received ON dossier.complaints(branch_id, received_on) WHERE deleted_at IS NULL;
    CREATE INDEX complaints_open_due ON dossier.complaints(branch_id, due_on)
      WHERE status IN ('open', 'in_progress') AND deleted_at IS NULL;

    -- Reference data head office owns and every branch pulls by updated_at.
    CREATE TABLE dossier.products (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      category text,
      risk_rating smallint NOT NULL CHECK (risk_rating BETWEEN 1 AND 5),
      term_days integer CHECK (term_days > 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE UNIQUE INDEX products_live_name ON dossier.products(name) WHERE deleted_at IS NULL;
    CREATE TABLE dossier.holidays (
      date date PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
      name text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE TABLE dossier.answer_categories (
      code text PRIMARY KEY,
      label_zh text NOT NULL,
      label_en text NOT NULL,
      position integer NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE TABLE dossier.complaint_categories (
      code text PRIMARY KEY,
      label_zh text NOT NULL,
      label_en text NOT NULL,
      position integer NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    -- People head office names for every branch (regional managers, compliance officers).
    CREATE TABLE dossier.staff_directory (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      title text,
      email text,
      phone text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    );
    CREATE INDEX products_updated ON dossier.products(updated_at);
    CREATE INDEX holidays_updated ON dossier.holidays(updated_at);
    CREATE INDEX answer_categories_updated ON dossier.answer_categories(updated_at);
    CREATE INDEX complaint_categories_updated ON dossier.complaint_categories(updated_at);
    CREATE INDEX staff_directory_updated ON dossier.staff_directory(updated_at);
  `);

  for (const table of BRANCH_TABLES) {
    await client.query(`
      ALTER TABLE dossier.${table} ENABLE ROW LEVEL SECURITY;
      ALTER TABLE dossier.${table} FORCE ROW LEVEL SECURITY;
      CREATE POLICY owner_all ON dossier.${table} TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY hq_read ON dossier.${table} FOR SELECT TO dossier_hq USING (true);
      CREATE POLICY own_branch ON dossier.${table} TO dossier_branch
        USING (branch_id = (SELECT dossier.my_branch())) WITH CHECK (branch_id = (SELECT dossier.my_branch()));
      GRANT SELECT, INSERT, UPDATE, DELETE ON dossier.${table} TO dossier_branch;
      GRANT SELECT ON dossier.${table} TO dossier_hq;
    `);
  }
  for (const table of REFERENCE_TABLES) {
    await client.query(`
      ALTER TABLE dossier.${table} ENABLE ROW LEVEL SECURITY;
      ALTER TABLE dossier.${table} FORCE ROW LEVEL SECURITY;
      CREATE POLICY owner_all ON dossier.${table} TO CURRENT_USER USING (true) WITH CHECK (true);
      CREATE POLICY read_all ON dossier.${table} FOR SELECT TO dossier_hq, dossier_branch USING (true);
      GRANT SELECT ON dossier.${table} TO dossier_hq, dossier_branch;
    `);
  }
  await client.query(`
    ALTER TABLE dossier.branches ENABLE ROW LEVEL SECURITY;
    ALTER TABLE dossier.branches FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON dossier.branches TO CURRENT_USER USING (true) WITH CHECK (true);
    CREATE POLICY hq_read ON dossier.branches FOR SELECT TO dossier_hq USING (true);
    CREATE POLICY own_row ON dossier.branches FOR SELECT TO dossier_branch USING (role_name = session_user);
    GRANT SELECT ON dossier.branches TO dossier_hq, dossier_branch;

    ALTER TABLE dossier.org_keys ENABLE ROW LEVEL SECURITY;
    ALTER TABLE dossier.org_keys FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON dossier.org_keys TO CURRENT_USER USING (true) WITH CHECK (true);
    CREATE POLICY branch_read ON dossier.org_keys FOR SELECT TO dossier_branch USING (true);
    GRANT SELECT ON dossier.org_keys TO dossier_branch;

    GRANT EXECUTE ON FUNCTION dossier.my_branch() TO dossier_branch, dossier_hq;
  `);
}

/** Tables a branch writes its own rows into, keyed (branch_id, id). */
export const BRANCH_TABLES = [
  'staff',
  'customers',
  'customer_classes',
  'interactions',
  'campaigns',
  'callbacks',
  'complaints',
] as const;

/** Tables head office writes and every branch reads. */
const REFERENCE_TABLES = [
  'products',
  'holidays',
  'answer_categories',
  'complaint_categories',
  'staff_directory',
] as const;
