import { pinyin } from 'pinyin-pro';
import { phoneDigits, toHalfWidth } from '../../../shared/rules/index';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const isCjkCode = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

export interface NameKeys {
  /** Full pinyin without tones or spaces: 张三 → zhangsan; John Smith → johnsmith. */
  readonly full: string;
  /** First letters: 张三 → zs; John Smith → js. */
  readonly initials: string;
}

/** Names repeat (an import of 100k customers has far fewer distinct names) and pinyin is the costly part. */
const NAME_KEYS_CACHE = 20_000;
const nameKeysCache = new Map<string, NameKeys>();

export function nameKeys(name: string): NameKeys {
  let keys = nameKeysCache.get(name);
  if (!keys) {
    if (nameKeysCache.size >= NAME_KEYS_CACHE) nameKeysCache.clear();
    keys = Object.freeze(computeNameKeys(name));
    nameKeysCache.set(name, keys);
  }
  return keys;
}

function computeNameKeys(name: string): NameKeys {
  const clean = toHalfWidth(name).trim().toLowerCase();
  if (!CJK.test(clean)) {
    const words = clean.split(/[^a-z0-9]+/).filter(Boolean);
    return { full: words.join(''), initials: words.map((w) => w[0]).join('') };
  }
  // surname mode reads 单/曾/解 as family names (shan, zeng, xie).
  const syllables = pinyin(clean, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

export interface SearchSource {
  readonly name: string;
  readonly mobile: string | null;
  readonly phone: string | null;
  readonly idNumber: string | null;
  readonly employer: string | null;
  readonly email: string | null;
  readonly region?: string | null;
  readonly address?: string | null;
  readonly extra?: readonly (string | null)[];
}

/**
 * The text the trigram index holds for one customer; lower-case, one field a line. The address goes in without
 * its house and room numbers, so a phone or ID fragment (1201, 8000) does not find everyone in room 1201.
 */
export function searchText(source: SearchSource, keys: NameKeys): string {
  return [
    source.name,
    keys.full,
    keys.initials,
    source.mobile ? phoneDigits(source.mobile) : null,
    source.phone ? phoneDigits(source.phone) : null,
    source.idNumber,
    source.employer,
    source.email,
    source.region,
    source.address ? addressWords(source.address) : null,
    ...(source.extra ?? []),
  ]
    .filter((v): v is string => Boolean(v))
    .map((v) => toHalfWidth(v).toLowerCase())
    .join('\n');
}

/** An address for the search text: digits (house, building, room numbers) become spaces. */
function addressWords(address: string): string {
  return toHalfWidth(address)
    .replace(/[0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type SearchTerm =
  | { readonly kind: 'empty' }
  | { readonly kind: 'digits'; readonly value: string }
  | { readonly kind: 'text'; readonly value: string };

/** What the user typed → what to look for: phone-like input becomes bare digits, pinyin loses spaces. */
export function parseSearchTerm(raw: string): SearchTerm {
  const q = toHalfWidth(raw).trim().toLowerCase();
  if (!q) return { kind: 'empty' };
  // A phone as typed, perhaps with its extension (+1 439-171-1846 x4636, 010-12345678 转 123).
  if (/^[+\d][\d\s\-()+.]*(?:(?:x|ext\.?|转|分机|#)\s*\d+)?$/.test(q)) {
    const digits = phoneDigits(q);
    if (digits.length > 0) return { kind: 'digits', value: digits };
  }
  if (/^[a-z\s']+$/.test(q)) return { kind: 'text', value: q.replace(/[\s']+/g, '') };
  return { kind: 'text', value: q.replace(/\s+/g, ' ') };
}

/** Every CJK character and pair of adjacent CJK characters of each line of `text` (no pair spans two lines). */
function addCjkKeys(text: string, tokens: Set<string>): void {
  for (const line of text.split('\n')) {
    // By code unit: CJK (as CJK matches it) lies in the BMP, so a surrogate is never one nor pairs with one.
    const chars = line.replace(/\s+/g, '');
    for (let i = 0; i < chars.length; i++) {
      if (!isCjkCode(chars.charCodeAt(i))) continue;
      tokens.add(chars.charAt(i));
      if (isCjkCode(chars.charCodeAt(i + 1))) tokens.add(chars.slice(i, i + 2));
    }
  }
}

/** The Latin words (letters and digits) of `text`, lower-case. */
const latinWords = (clean: string): string[] => clean.split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Tokens for one- and two-character queries, which the trigram index cannot answer: every character and
 * pair of characters of a Chinese name, the name's words, and the full pinyin and initials. Called with empty
 * keys it gives the same characters, pairs and words for any text.
 *
 * What migrations 003 and 005 indexed with (as the SQL function dossier_short_keys, matched by FTS5 prefix
 * indexes); the index since migration 006 holds nameShortKeys and fieldShortKeys.
 */
export function shortKeys(name: string, full: string, initials: string): string {
  return [...shortKeyTokens(name, full, initials)].join(' ');
}

function shortKeyTokens(name: string, full: string, initials: string): Set<string> {
  const clean = toHalfWidth(name).toLowerCase();
  const tokens = new Set<string>();
  addCjkKeys(clean, tokens);
  for (const word of latinWords(clean)) tokens.add(word);
  if (full) tokens.add(full);
  if (initials) tokens.add(initials);
  return tokens;
}

/**
 * A name's tokens in the short index (SQL function dossier_name_keys): its CJK characters and pairs, its words,
 * full pinyin and initials, and each of those Latin tokens' first one and two characters. Those prefixes are
 * tokens of their own, so a one- or two-letter query (z, zh) is one exact lookup; an FTS5 prefix index would
 * add the same entries for every token of both columns, CJK ones included, and made indexing twice as slow.
 */
export function nameShortKeys(name: string, full: string, initials: string): string {
  const tokens = shortKeyTokens(name, full, initials);
  for (const token of [...tokens])
    if (!isCjkCode(token.charCodeAt(0))) tokens.add(token.slice(0, 1)).add(token.slice(0, 2));
  return [...tokens].join(' ');
}

/**
 * The other fields' tokens in the short index (SQL function dossier_field_keys): the CJK characters and pairs of
 * each line. Their Latin words are left out: a one- or two-letter query looks at names only, and a CJK query
 * never matches a Latin token.
 */
export function fieldShortKeys(text: string): string {
  const tokens = new Set<string>();
  addCjkKeys(toHalfWidth(text).toLowerCase(), tokens);
  return [...tokens].join(' ');
}
