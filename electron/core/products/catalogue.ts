/**
 * The product catalogue: names unique among live products (trimmed, case-insensitive), a risk rating R1–R5, a
 * category and a term. Deletes are soft; purchases keep their product name and point at the product still.
 */
import { productKey } from '../../../shared/products/names';
import type { ProductValues } from '../../../shared/products/schemas';
import type { Product, UnknownProduct } from '../../../shared/products/types';
import { DossierError } from '../../../shared/result';
import { audit, diff } from '../audit/log';
import type { Db } from '../db/open';
import { sql, sqlList, stmt } from '../db/sql';
import { nowIso, uuidv7 } from '../ids';
import { assertLocalProduct } from '../hq/reference';

const COLUMNS = `p.id, p.name, p.category, p.risk_rating AS riskRating, p.term_days AS termDays,
  p.created_at AS createdAt, p.created_by AS createdBy, p.updated_at AS updatedAt, p.updated_by AS updatedBy,
  (SELECT count(*) FROM transactions t WHERE t.product_id = p.id AND t.deleted_at IS NULL) AS purchases`;

export function listProducts(db: Db): Product[] {
  const rows = stmt(db, `SELECT ${COLUMNS} FROM products p WHERE p.deleted_at IS NULL`).all() as Product[];
  const fromHq = new Set(
    (stmt(db, 'SELECT id FROM products WHERE hq_id IS NOT NULL').all() as { id: string }[]).map((r) => r.id),
  );
  const collator = new Intl.Collator('zh-CN');
  return rows
    .map((p): Product => (fromHq.has(p.id) ? { ...p, fromHq: true } : p))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** A product by id, deleted or not (an old purchase may point at a deleted one). */
export function getProduct(db: Db, id: string): Product & { deleted: boolean } {
  const row = stmt(db, `SELECT ${COLUMNS}, p.deleted_at IS NOT NULL AS deleted FROM products p WHERE p.id = ?`).get(
    id,
  ) as (Product & { deleted: number }) | undefined;
  if (!row) throw new DossierError({ code: 'not_found', message: `No product with id ${id}`, details: { id } });
  return { ...row, deleted: row.deleted === 1 };
}

export interface CatalogueEntry {
  readonly id: string;
  readonly riskRating: number;
}

/** The live catalogue by name key (productKey): how purchases find their product. */
export function catalogueByName(db: Db): Map<string, CatalogueEntry> {
  const rows = stmt(db, 'SELECT id, name, risk_rating AS riskRating FROM products WHERE deleted_at IS NULL').all() as {
    id: string;
    name: string;
    riskRating: number;
  }[];
  return new Map(rows.map((r) => [productKey(r.name), { id: r.id, riskRating: r.riskRating }]));
}

/** Distinct product names of live purchases that have no product, with their counts. */
function unlinkedNames(db: Db): { name: string; n: number }[] {
  return stmt(
    db,
    `SELECT product AS name, count(*) AS n FROM transactions WHERE product_id IS NULL AND deleted_at IS NULL
     GROUP BY product`,
  ).all() as { name: string; n: number }[];
}

/** Names purchases bear that no live product has (names alike by productKey counted together), most first. */
export function unknownProducts(db: Db): UnknownProduct[] {
  const known = catalogueByName(db);
  const byKey = new Map<string, { name: string; purchases: number; top: number }>();
  for (const { name, n } of unlinkedNames(db)) {
    const key = productKey(name);
    if (known.has(key)) continue;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { name: name.trim(), purchases: n, top: n });
    else {
      entry.purchases += n;
      // The spelling most purchases use names the entry.
      if (n > entry.top) Object.assign(entry, { name: name.trim(), top: n });
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.purchases - a.purchases || a.name.localeCompare(b.name))
    .map(({ name, purchases }) => ({ name, purchases }));
}

/** Links the live purchases without a product whose name is this product's (by productKey); answers how many. */
function linkPurchases(db: Db, productId: string, name: string): number {
  const key = productKey(name);
  const names = unlinkedNames(db)
    .map((r) => r.name)
    .filter((n) => productKey(n) === key);
  if (names.length === 0) return 0;
  const q = sql`UPDATE transactions SET product_id = ${productId}
    WHERE product_id IS NULL AND deleted_at IS NULL AND product IN (${sqlList(names)})`;
  return stmt(db, q.text).run(...q.params).changes;
}

export function saveProduct(db: Db, input: ProductValues, actor: string | null): Product {
  const now = nowIso();
  const id = input.id ?? uuidv7();
  db.transaction(() => {
    if (input.id) assertLocalProduct(db, input.id);
    const before = input.id ? getProduct(db, input.id) : null;
    if (before?.deleted)
      throw new DossierError({ code: 'not_found', message: `No product with id ${id}`, details: { id } });
    const taken = catalogueByName(db).get(productKey(input.name));
    if (taken && taken.id !== id)
      throw new DossierError({
        code: 'validation',
        message: `A product named ${input.name} exists`,
        issues: [{ path: 'name', code: 'products.nameTaken' }],
      });
    const values = {
      name: input.name,
      category: input.category,
      riskRating: input.riskRating,
      termDays: input.termDays,
    };
    if (before)
      stmt(
        db,
        `UPDATE products SET name = ?, category = ?, risk_rating = ?, term_days = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
      ).run(values.name, values.category, values.riskRating, values.termDays, now, actor, id);
    else
      stmt(
        db,
        `INSERT INTO products (id, name, category, risk_rating, term_days, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, values.name, values.category, values.riskRating, values.termDays, now, actor, now, actor);
    const linked = linkPurchases(db, id, input.name);
    audit(db, {
      entity: 'product',
      entityId: id,
      action: before ? 'update' : 'create',
      staffId: actor,
      changes: {
        ...(before ? diff({ ...before }, values) : values),
        ...(linked > 0 ? { linkedPurchases: linked } : {}),
      },
    });
  })();
  const { deleted: _deleted, ...product } = getProduct(db, id);
  return product;
}

export function deleteProduct(db: Db, id: string, actor: string | null): void {
  db.transaction(() => {
    assertLocalProduct(db, id);
    const product = getProduct(db, id);
    if (product.deleted)
      throw new DossierError({ code: 'not_found', message: `No product with id ${id}`, details: { id } });
    stmt(db, 'UPDATE products SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      nowIso(),
      nowIso(),
      actor,
      id,
    );
    audit(db, { entity: 'product', entityId: id, action: 'delete', staffId: actor, changes: { name: product.name } });
  })();
}

/**
 * Matches imported purchases to the catalogue by name (productKey) and keeps the names it could not match, with a
 * count each, for the import's summary.
 */
export function productMatcher(db: Db): { match: (name: string) => string | null; unknown: () => UnknownProduct[] } {
  const catalogue = catalogueByName(db);
  const missing = new Map<string, UnknownProduct>();
  return {
    match: (name) => {
      const key = productKey(name);
      const found = catalogue.get(key);
      if (found) return found.id;
      const seen = missing.get(key);
      missing.set(key, { name: seen?.name ?? name.trim(), purchases: (seen?.purchases ?? 0) + 1 });
      return null;
    },
    unknown: () => [...missing.values()].sort((a, b) => b.purchases - a.purchases || a.name.localeCompare(b.name)),
  };
}
