/**
 * A CSV is held as its bytes and read a block at a time (decodeBlocks, parseCsvBlocks): wherever a block ends, in
 * the middle of a GBK or UTF-8 character, of a quoted note that runs over lines or between CR and LF, the rows are
 * those of the whole file decoded at once.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvBlocks } from '../../../electron/core/import/csv';
import { BLOCK_BYTES, decodeBlocks, decodeText, type TextEncoding } from '../../../electron/core/import/decode';
import { readTable } from '../../../electron/core/import/table';
import { BRANCH_HEADERS, BRANCH_ROWS, csvText } from '../../fixtures/spreadsheets';

/** A branch list with a note over two lines, quoted, as Excel writes a cell with Alt+Enter in it. */
const NOTES_ROWS = [
  ...BRANCH_ROWS,
  [
    '赵敏',
    '女',
    '13912345678',
    '',
    '1990-02-03',
    'Acme (Shanghai) Co., Ltd.',
    'Manager',
    '',
    '王丽',
    '第一行\r\n第二行 "VIP"',
  ],
  ['Li Wei', '男', '+86 139-1234-5678', '', '', '', '', '', '', ''],
];
const TEXT = csvText(BRANCH_HEADERS, NOTES_ROWS);

/** The rows of the file read in blocks of `size` bytes, and those of the whole file decoded at once. */
function bothWays(bytes: Uint8Array, encoding: TextEncoding, size: number): { blocks: string[][]; whole: string[][] } {
  return {
    blocks: [...parseCsvBlocks(decodeBlocks(bytes, encoding, size), ',')],
    whole: [...parseCsv(decodeText(bytes, encoding), ',')],
  };
}

describe('a CSV decoded in blocks', () => {
  it('ends a block at a line end, not inside a GBK character the nominal block end cuts in two', () => {
    const bytes = iconv.encode(TEXT, 'gbk');
    // 3 bytes: 姓 and the first byte of 名.
    const cut = 3;
    expect(new TextDecoder('gb18030').decode(bytes.subarray(0, cut))).toBe('姓\uFFFD');
    const blocks = [...decodeBlocks(bytes, 'gb18030', cut)];
    // The first line end within reach is past the cut: the block goes to it (CR, the LF goes with the next block).
    expect(blocks[0]).toBe(`${BRANCH_HEADERS.join(',')}\r`);
    expect(blocks.join('')).toBe(TEXT);
    for (let size = 1; size <= 120; size++) {
      const { blocks: rows, whole } = bothWays(bytes, 'gb18030', size);
      expect(rows, `blocks of ${size} bytes`).toEqual(whole);
    }
    expect(bothWays(bytes, 'gb18030', 7).blocks.at(-2)?.[9]).toBe('第一行\r\n第二行 "VIP"');
  });

  it('does not cut a three-byte UTF-8 character, and takes the BOM off the first block only', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    // The BOM, 姓 and the first byte of 名.
    const cut = 3 + 3 + 1;
    expect(new TextDecoder('utf-8').decode(bytes.subarray(0, cut))).toBe('姓\uFFFD');
    expect([...decodeBlocks(bytes, 'utf-8', cut)][0]).toBe(`${BRANCH_HEADERS.join(',')}\r`);
    for (let size = 1; size <= 120; size++) {
      expect([...decodeBlocks(bytes, 'utf-8', size)].join(''), `blocks of ${size} bytes`).toBe(TEXT);
      const { blocks: rows, whole } = bothWays(bytes, 'utf-8', size);
      expect(rows, `blocks of ${size} bytes`).toEqual(whole);
    }
    // A U+FEFF starting a later line is the text's own, as when the file is decoded at once.
    const inside = Buffer.concat([Buffer.from('\uFEFF姓名\n', 'utf8'), Buffer.from('\uFEFF张伟\n', 'utf8')]);
    expect([...decodeBlocks(inside, 'utf-8', 4)].join('')).toBe('姓名\n\uFEFF张伟\n');
    expect(decodeText(inside, 'utf-8')).toBe('姓名\n\uFEFF张伟\n');
  });

  it('reads a UTF-16 file with a BOM (Excel "Unicode text") the same in blocks', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    for (let size = 1; size <= 80; size++)
      expect([...decodeBlocks(bytes, 'utf-16le', size)].join(''), `blocks of ${size} bytes`).toBe(TEXT);
    const be = Buffer.from(Buffer.from(TEXT, 'utf16le')).swap16();
    expect([...decodeBlocks(be, 'utf-16be', 33)].join('')).toBe(TEXT);
  });

  it('keeps a quoted note over two lines whole when a block ends inside it, and CR LF cut by a block', () => {
    const text = 'name,notes\r\n张伟,"first line\r\nsecond line"\r\nLi Wei,"a ""quoted"" word, a comma"\r\n王芳,\r\n';
    const whole = [...parseCsv(text, ',')];
    expect(whole[1]).toEqual(['张伟', 'first line\r\nsecond line']);
    for (let a = 0; a <= text.length; a++)
      for (let b = a; b <= text.length; b++) {
        const pieces = [text.slice(0, a), text.slice(a, b), text.slice(b)];
        expect([...parseCsvBlocks(pieces, ',')], JSON.stringify(pieces)).toEqual(whole);
      }
    // The file's last line without its line end; a trailing delimiter; a file of line ends alone.
    for (const t of ['a,b\r\nc,d', 'a,b,\r\nc,', '\r\n\r\n', '"open quote\r\nto the end'])
      for (let a = 0; a <= t.length; a++)
        expect([...parseCsvBlocks([t.slice(0, a), t.slice(a)], ',')]).toEqual([...parseCsv(t, ',')]);
  });

  it('decodes a GB18030 file with a bad byte before a line end as the whole file does', () => {
    // Node's streaming GB18030 decoder, fed this a byte at a time, throws; blocks are decoded each on its own.
    const bytes = Buffer.concat([
      iconv.encode('姓名,手机\r\n张伟,', 'gb18030'),
      Buffer.from([0xa4, 0x30]),
      iconv.encode('"x"\n王芳,13912345678\n', 'gb18030'),
    ]);
    const whole = new TextDecoder('gb18030').decode(bytes);
    expect(whole).toBe('姓名,手机\r\n张伟,\uFFFD0"x"\n王芳,13912345678\n');
    for (let size = 1; size <= bytes.length; size++)
      expect([...decodeBlocks(bytes, 'gb18030', size)].join(''), `blocks of ${size} bytes`).toBe(whole);
  });

  it('imports a GBK list of many blocks with multi-line notes and finds its delimiter past the first block', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [
      `${'张李王赵'[i % 4]}${'伟芳敏静'[(i * 3) % 4]}`,
      `139${String(10_000_000 + i).slice(-8)}`,
      `杭州市西湖区文三路${i}号`,
      i % 7 === 0 ? `第一行\r\n第二行${i}` : `备注${i}`,
    ]);
    const semicolons = iconv.encode(csvText(['姓名', '手机', '地址', '备注'], rows, ';'), 'gbk');
    expect(semicolons.length).toBeGreaterThan(2 * BLOCK_BYTES);
    const table = await readTable('名单.csv', semicolons);
    expect(table.encoding).toBe('gb18030');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([...parseCsv(decodeText(semicolons, 'gb18030'), ';')]);
    expect(table.rows[7 * 100 + 1]).toEqual(['张伟', '13910000700', '杭州市西湖区文三路700号', '第一行\r\n第二行700']);

    // Lines so long that the first 50 take more than a block: the delimiter is read from them all.
    const wide = Array.from({ length: 60 }, (_, i) => [
      `客户${i}`,
      '备'.repeat(3000),
      `1380013${String(i).padStart(4, '0')}`,
    ]);
    const long = iconv.encode(csvText(['姓名', '备注', '手机'], wide, '\t'), 'gbk');
    expect(long.length).toBeGreaterThan(BLOCK_BYTES);
    const read = await readTable('long.csv', long);
    expect(read.delimiter).toBe('\t');
    expect(read.rows.length).toBe(61);
    expect(read.rows[60]).toEqual(['客户59', '备'.repeat(3000), '13800130059']);
  });
});
