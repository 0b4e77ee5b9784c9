/** A language's catalogue for one area: exactly the English file's keys, each a message. */
export type CatalogOf<T> = { readonly [K in keyof T]: string };
