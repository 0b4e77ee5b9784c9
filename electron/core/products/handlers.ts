import type { productContract } from '../../../shared/products/contract';
import type { AreaContext, HandlersOf } from '../context';
import { deleteProduct, listProducts, saveProduct, unknownProducts } from './catalogue';

export type ProductHandlers = HandlersOf<typeof productContract>;

export function productHandlers({ db, actor }: AreaContext): ProductHandlers {
  return {
    'products.list': () => listProducts(db),
    'products.save': (input) => saveProduct(db, input, actor()),
    'products.delete': ({ id }) => {
      deleteProduct(db, id, actor());
      return { ok: true };
    },
    'products.unknown': () => unknownProducts(db),
  };
}
