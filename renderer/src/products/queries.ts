/** Query keys and fetchers for the product catalogue. */
import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client';

export const productQueries = {
  list: () => queryOptions({ queryKey: ['products', 'list'], queryFn: () => api['products.list']({}) }),
  unknown: () => queryOptions({ queryKey: ['products', 'unknown'], queryFn: () => api['products.unknown']({}) }),
};

/** After a catalogue write: the catalogue, the unknown names, and purchases (linked to a new product) may change. */
export const PRODUCTS_STALE: readonly QueryKey[] = [['products'], ['purchases'], ['risk']];
