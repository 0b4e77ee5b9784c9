/**
 * How a purchase's product name finds its catalogue entry: trimmed, case-insensitive, exact otherwise
 * (“ 债券基金 ” and “Bond Fund” / “bond fund” match; “债券基金A” does not). The import, the purchase form and the
 * catalogue's list of unknown names all use this one key.
 */
export function productKey(name: string): string {
  return name.trim().toLowerCase();
}
