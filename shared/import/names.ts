/** A customer's name from a given-name and a family-name column, joined the way the name's language writes it. */

/** Names written in Chinese, Japanese or Korean characters: family name first, no space (张 + 三 → 张三). */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・]+$/u;

/**
 * 张 + 三 → 张三, Sheryl + Baxter → Sheryl Baxter; a missing part leaves the other as the name, and a row with
 * neither has no name (the customer rules then say the name is required).
 */
export function joinName(given: string, family: string): string {
  const g = given.trim();
  const f = family.trim();
  if (!g || !f) return g || f;
  return CJK_NAME.test(g) && CJK_NAME.test(f) ? f + g : `${g} ${f}`;
}
