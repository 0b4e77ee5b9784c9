/**
 * Tags in one spreadsheet cell. Dossier writes them separated by 、 (Chinese) or a comma (English), and puts a tag
 * that holds a separator or a double quote in double quotes (a quote inside doubled), so any tag text reads back
 * as it was. A cell people typed may separate tags by a comma, 、, a semicolon (half or full width) or |; a space
 * or / stays inside the tag (VIP 客户, 供应链/贸易).
 */
import type { Language } from '../i18n/languages';

const SEPARATOR = /[,，;；、|]/;
const NEEDS_QUOTES = /[,，;；、|"]/;

export function formatTags(tags: readonly string[], language: Language): string {
  const joiner = language === 'zh-CN' ? '、' : ', ';
  return tags.map((tag) => (NEEDS_QUOTES.test(tag) ? `"${tag.replace(/"/g, '""')}"` : tag)).join(joiner);
}

/** A quoted tag starting at `start` (a double quote), and where it ends; null when it is not closed. */
function quoted(cell: string, start: number): { text: string; end: number } | null {
  let text = '';
  for (let i = start + 1; i < cell.length; i++) {
    if (cell[i] !== '"') text += cell[i];
    else if (cell[i + 1] === '"') text += cell[i++];
    else return { text, end: i + 1 };
  }
  return null;
}

export function parseTags(cell: string): string[] {
  const tags: string[] = [];
  let i = 0;
  while (i < cell.length) {
    while (i < cell.length && /\s/.test(cell.charAt(i))) i++;
    if (cell[i] === '"') {
      const q = quoted(cell, i);
      let after = q?.end ?? cell.length;
      while (after < cell.length && /\s/.test(cell.charAt(after))) after++;
      // Only a closed quote followed by a separator or the end is a quoted tag; otherwise the quote is text.
      if (q && (after === cell.length || SEPARATOR.test(cell.charAt(after)))) {
        tags.push(q.text.trim());
        i = after + 1;
        continue;
      }
    }
    let end = i;
    while (end < cell.length && !SEPARATOR.test(cell.charAt(end))) end++;
    tags.push(cell.slice(i, end).trim());
    i = end + 1;
  }
  return tags.filter(Boolean);
}
