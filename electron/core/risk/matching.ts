/**
 * The risk check a purchase passes before it is saved (the rule itself is shared/risk/matching.ts): the product's
 * rating against the assessment in effect on the purchase's day. An unsuitable purchase is refused with the reason
 * (risk.unsuitable / risk.expired / risk.unassessed) and the figures; with an override reason it goes through, and
 * the reason is stored on the purchase (and so in its audit row).
 */
import { productKey } from '../../../shared/products/names';
import type { purchaseInput } from '../../../shared/purchases/schemas';
import { levelLabel, ratingLabel, suitability } from '../../../shared/risk/matching';
import { DossierError } from '../../../shared/result';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { catalogueByName, getProduct } from '../products/catalogue';
import { getPurchase } from '../purchases/purchases';
import { standingOn } from './assessments';

type PurchaseInput = z.output<typeof purchaseInput>;

/**
 * The purchase as it will be saved: its catalogue product (the one picked, else the live one of its name) and its
 * override reason (kept only where one is needed). Throws when the product is unsuitable and no reason is given.
 * Editing a purchase without changing its product or day keeps the reason it had and is not checked again.
 */
export function checkPurchaseRisk(db: Db, input: PurchaseInput): PurchaseInput {
  const product = input.productId
    ? getProduct(db, input.productId)
    : (catalogueByName(db).get(productKey(input.product)) ?? null);
  const productId = product?.id ?? null;
  const before = input.id ? getPurchase(db, input.id) : null;
  if (before && before.productId === productId && before.occurredOn === input.occurredOn)
    return { ...input, productId, riskOverride: input.riskOverride ?? before.riskOverride };
  if (!product) return { ...input, productId, riskOverride: null };
  const verdict = suitability(product.riskRating, standingOn(db, input.customerId, input.occurredOn), input.occurredOn);
  if (verdict.ok) return { ...input, productId, riskOverride: null };
  if (input.riskOverride) return { ...input, productId };
  const details = {
    product: input.product,
    rating: ratingLabel(verdict.rating),
    level: verdict.level === null ? '' : levelLabel(verdict.level),
    expiresOn: verdict.expiresOn ?? '',
    on: input.occurredOn,
  };
  throw new DossierError({
    code: verdict.code,
    message: `${details.product} (${details.rating}) is not suitable for this customer (${details.level || 'not assessed'}) on ${details.on}`,
    issues: [{ path: 'riskOverride', code: `${verdict.code}.detail` }],
    details,
  });
}
