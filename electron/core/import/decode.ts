/** Text encodings of spreadsheet exports: BOMs, strict UTF-8, UTF-16 without BOM, GB18030/GBK, Big5. */
import { importError } from './errors';

import type { TextEncoding } from '../../../shared/import/types';
export type { TextEncoding };

export interface Detected {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
}

// Characters frequent in customer lists, in both simplified and traditional forms; a wrong guess between
// GB18030 and Big5 decodes into rare characters instead.
const COMMON = new Set(
  Array.from(
    '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切排集客户姓名址性别备注职务号码证件籍贯婚姻状况邮箱' +
      '這個們來國說為時過學對裡後麼沒於還發當無開動兩長樣現將與進點種聲話兒問機給幾業間電門東聽氣關並內卻軍產萬體處總場師書員華報馬張難數車應叫親務記邊風戰許覺統請愛讓認論義術結條變聯權該領傳紅決達辦區轉眾輕語滿寫識極黃臉錢黨設雙歷網專誰讀飛觀爭組視濟離雖壞興戶別備註職號碼證婚姻況郵箱',
  ),
);

function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x3400 && code <= 0x9fff) {
      cjk++;
      if (COMMON.has(ch)) common++;
    }
  }
  return cjk === 0 ? 0 : common / cjk;
}

function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether the sample's first `units` code units are UTF-16; a surrogate pair cut by the sample's end is left out. */
function utf16Decodes(sample: Uint8Array, units: number, littleEndian: boolean): boolean {
  const at = 2 * (units - 1);
  const last = littleEndian
    ? (sample[at] ?? 0) | ((sample[at + 1] ?? 0) << 8)
    : ((sample[at] ?? 0) << 8) | (sample[at + 1] ?? 0);
  const whole = last >= 0xd800 && last <= 0xdbff ? units - 1 : units;
  return decodes(sample.subarray(0, 2 * whole), littleEndian ? 'utf-16le' : 'utf-16be') !== null;
}

export function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const sample = bytes.subarray(0, 64 * 1024);
  // UTF-16 without a BOM: ASCII characters leave zero bytes on one side.
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  // No other text encoding has zero bytes, so a few on one side only is enough: a list of Chinese names and
  // addresses has ASCII only in its tabs, commas and line ends (about a fifth of its characters). What is
  // taken for UTF-16 must decode as UTF-16.
  const pairs = Math.max(1, Math.floor(sample.length / 2));
  if (oddZeros / pairs > 0.02 && evenZeros * 20 <= oddZeros && utf16Decodes(sample, pairs, true))
    return { encoding: 'utf-16le', bom: false };
  if (evenZeros / pairs > 0.02 && oddZeros * 20 <= evenZeros && utf16Decodes(sample, pairs, false))
    return { encoding: 'utf-16be', bom: false };
  // A sample may cut a multi-byte character at its end; strict UTF-8 is judged on whole characters.
  let end = sample.length;
  if (end < bytes.length) while (end > 0 && ((sample[end - 1] ?? 0) & 0xc0) === 0x80) end--;
  if (end < bytes.length && end > 0 && (sample[end - 1] ?? 0) >= 0xc0) end--;
  if (decodes(sample.subarray(0, end), 'utf-8') !== null) return { encoding: 'utf-8', bom: false };
  const gb = decodes(sample, 'gb18030') ?? '';
  const big5 = decodes(sample, 'big5');
  if (big5 !== null && commonShare(big5) > commonShare(gb)) return { encoding: 'big5', bom: false };
  return { encoding: 'gb18030', bom: false };
}

/** How many characters at the start of a file checkIsText reads. */
export const TEXT_PROBE = 4096;

/** Text that is mostly control characters is not a spreadsheet: the file's first characters are checked. */
export function checkIsText(text: string): void {
  const probe = text.slice(0, TEXT_PROBE);
  let control = 0;
  for (const ch of probe) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (probe.length > 0 && control / probe.length > 0.05)
    throw importError('import.binary', 'This file is not text: it looks like a binary file renamed to .csv.');
}

/** Decodes the whole file (see checkIsText). */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  checkIsText(text);
  return text;
}

/** About how many bytes decodeBlocks decodes at a time. */
export const BLOCK_BYTES = 256 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where a block from `start` ends: after the last line end (LF or CR) within `size` bytes, else after the first one
 * past them, else at the end of the file. In UTF-16 a line end is a code unit, at an even offset.
 */
function blockEnd(bytes: Uint8Array, start: number, size: number, encoding: TextEncoding): number {
  const n = bytes.length;
  if (n - start <= size) return n;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const lo = encoding === 'utf-16le' ? 0 : 1;
    const lineEnd = (i: number): boolean => (bytes[i + lo] === LF || bytes[i + lo] === CR) && bytes[i + 1 - lo] === 0;
    const last = start + size - ((start + size) % 2) - 2;
    for (let i = last; i >= start; i -= 2) if (lineEnd(i)) return i + 2;
    for (let i = last + 2; i + 1 < n; i += 2) if (lineEnd(i)) return i + 2;
    return n;
  }
  for (let i = start + size - 1; i >= start; i--) if (bytes[i] === LF || bytes[i] === CR) return i + 1;
  for (let i = start + size; i < n; i++) if (bytes[i] === LF || bytes[i] === CR) return i + 1;
  return n;
}

/**
 * The file's text in blocks of about `size` bytes, each ending with a line end, so that a CSV is held as its bytes
 * rather than as its whole text (table.ts). The blocks joined are decodeText's text, byte for byte: no encoding
 * here has a line-end byte inside a character, and after one every decoder starts afresh, so each block is decoded
 * on its own, even GB18030, whose streaming decoder in Node fails on a bad sequence cut by a block's end. The BOM
 * goes with the first block only; a U+FEFF beginning a later block is the text's own.
 */
export function* decodeBlocks(
  bytes: Uint8Array,
  encoding: TextEncoding,
  size: number = BLOCK_BYTES,
): Generator<string> {
  for (let start = 0; start < bytes.length;) {
    const end = blockEnd(bytes, start, size, encoding);
    let text = new TextDecoder(encoding, { ignoreBOM: start > 0 }).decode(bytes.subarray(start, end));
    if (start === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    start = end;
    if (text.length > 0) yield text;
  }
}
