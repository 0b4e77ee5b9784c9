/** English messages: the product catalogue. */
export const productsMessages = {
  'nav.products': 'Products',
  'products.title': 'Products',
  'products.subtitle': 'The catalogue purchases pick from, each with its risk rating (R1 lowest … R5 highest).',
  'products.add': 'Add product',
  'products.addTitle': 'Add a product',
  'products.editTitle': 'Edit product',
  'products.edit': 'Edit product {name}',
  'products.delete': 'Delete product {name}',
  'products.deleteTitle': 'Delete this product?',
  'products.deleteBody': 'Delete “{name}” from the catalogue? Its purchases keep their product name and rating.',
  'products.saved': 'Product saved.',
  'products.deleted': 'Product deleted.',
  'products.empty': 'No products yet. Add the products your branch sells, with their risk ratings.',
  'product.name': 'Name',
  'product.category': 'Category',
  'product.rating': 'Risk rating',
  'product.term': 'Term (days)',
  'product.termHint': 'Leave empty when it has no fixed term.',
  'product.purchases': 'Purchases',
  'products.termDays': '{count, plural, one {# day} other {# days}}',
  'productRating.1': 'R1 · Low',
  'productRating.2': 'R2 · Medium-low',
  'productRating.3': 'R3 · Medium',
  'productRating.4': 'R4 · Medium-high',
  'productRating.5': 'R5 · High',
  // Validation.
  'products.nameRequired': 'Give the product a name.',
  'products.nameTaken': 'The catalogue already has a product of this name.',
  'products.ratingInvalid': 'Choose a risk rating from R1 to R5.',
  'products.termInvalid': 'The term is a whole number of days from 1 to 36,500.',
  // Names purchases bear that the catalogue does not hold.
  'products.unknown.title': 'Product names not in the catalogue',
  'products.unknown.hint':
    'Purchases were recorded or imported under these names. Add one with its rating and its purchases are linked to it.',
  'products.unknown.count': '{count, plural, one {# purchase} other {# purchases}}',
  'products.unknown.add': 'Add as {rating}',
  'products.unknown.addLabel': 'Add {name} as {rating}',
  'products.importUnknown':
    '{count, plural, one {# product name is} other {# product names are}} not in the product catalogue: {names}. Add them on the Products page to check their risk.',
  'products.cliUnknown':
    '{count, plural, one {# product name is} other {# product names are}} not in the product catalogue: {names}',
  'products.cliSeeded':
    'Purchases: {count, plural, one {# purchase} other {# purchases}} of {products, plural, one {# product} other {# products}}, {assessments, plural, one {# risk assessment} other {# risk assessments}}.',
  'products.openCatalogue': 'Open products',
  'products.freeText': 'Not in the product catalogue: its risk cannot be checked.',
} as const;
