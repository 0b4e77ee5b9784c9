/** The product catalogue's channels: merged into shared/contract.ts (names into shared/channels.ts). */
import { byId, done, none, returns, type ContractEntry } from '../contract-entries';
import { productInput } from './schemas';
import type { Product, UnknownProduct } from './types';

export const productContract = {
  /** The live catalogue, by name. */
  'products.list': { input: none, output: returns<readonly Product[]>() },
  /** Creates or edits a product; purchases recorded under its name without a product are linked to it. */
  'products.save': { input: productInput, output: returns<Product>() },
  /** Soft delete: its purchases keep their product name and rating. */
  'products.delete': { input: byId, output: done() },
  /** Names purchases bear that no live product has, most purchases first. */
  'products.unknown': { input: none, output: returns<readonly UnknownProduct[]>() },
} as const satisfies Record<string, ContractEntry>;
