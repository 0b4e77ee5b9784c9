import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../electron/core/import/csv';
import { decodeText, detectEncoding } from '../../../electron/core/import/decode';
import { inferDateOrder, parseDate } from '../../../electron/core/import/dates';
import { detectHeaderRow, guessMapping } from '../../../electron/core/import/mapping';
import { readTable } from '../../../electron/core/import/table';
import { csvCell, neutraliseFormula } from '../../../electron/core/export/cells';
import { BRANCH_HEADERS, BRANCH_ROWS, gbkCsv, titledXlsx, utf16Tsv } from '../../fixtures/spreadsheets';
import { DossierError } from '../../../shared/result';

const issueOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (e) {
    return e instanceof DossierError ? (e.issues[0]?.code ?? e.code) : `not a DossierError: ${String(e)}`;
  }
  return 'no error';
};

describe('encoding detection', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名,手机\n张三,138')]), 'utf-8'],
    ['UTF-8 without BOM', Buffer.from('姓名,手机\n张三,13800138000\n'), 'utf-8'],
    [
      'GBK as Excel saves on Chinese Windows',
      iconv.encode('姓名,手机,工作单位\n张三,13800138000,杭州恒达机械有限公司\n', 'gbk'),
      'gb18030',
    ],
    ['GB18030 with a rare character', iconv.encode('姓名\n𠀀张三\n', 'gb18030'), 'gb18030'],
    [
      'Big5 from a Taiwan or Hong Kong branch',
      iconv.encode('姓名,電話,地址\n陳大文,0912345678,臺北市中正區\n', 'big5'),
      'big5',
    ],
    ['UTF-16 LE with BOM', utf16Tsv(), 'utf-16le'],
    ['UTF-16 LE without BOM', Buffer.from('Name\tMobile\nZhang\t138\n', 'utf16le'), 'utf-16le'],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('姓名', 'utf16le').swap16()]),
      'utf-16be',
    ],
  ])('%s', (_what, bytes, expected) => {
    expect(detectEncoding(bytes).encoding).toBe(expected);
  });

  it('decodes GBK into the right Chinese text', () => {
    const bytes = gbkCsv();
    expect(decodeText(bytes, detectEncoding(bytes).encoding)).toContain('杭州恒达机械有限公司');
  });

  it('refuses binary junk named .csv', async () => {
    const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(await issueOf(readTable('客户.csv', junk))).toBe('import.binary');
  });
});

describe('CSV parsing', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'a;b;c\n1;2,5;3\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
  ])('detects %j', (d, text) => expect(detectDelimiter(text)).toBe(d));

  it('keeps quoted delimiters, doubled quotes and embedded newlines', () => {
    const text = '姓名,地址,备注\r\n张三,"杭州市西湖区, 文三路","他说""下周再联系""\n第二行"\r\n李四,,\r\n';
    expect([...parseCsv(text, ',')]).toEqual([
      ['姓名', '地址', '备注'],
      ['张三', '杭州市西湖区, 文三路', '他说"下周再联系"\n第二行'],
      ['李四', '', ''],
    ]);
  });

  it('gives specific errors for too many columns and a huge cell', async () => {
    expect(await issueOf(readTable('wide.csv', Buffer.from(`${Array(5000).fill('列').join(',')}\n1\n`)))).toBe(
      'import.tooManyColumns',
    );
    expect(await issueOf(readTable('big.csv', Buffer.from(`备注\n${'很长'.repeat(600_000)}\n`)))).toBe(
      'import.cellTooLong',
    );
  });

  it('refuses empty and header-only files', async () => {
    expect(await issueOf(readTable('empty.csv', Buffer.alloc(0)))).toBe('import.empty');
    expect(await issueOf(readTable('blank.csv', Buffer.from('\r\n\r\n')))).toBe('import.empty');
    expect(await issueOf(readTable('header.csv', Buffer.from('姓名,手机\r\n')))).toBe('import.headerOnly');
  });

  it('refuses a file with a million rows without reading it all into the database', async () => {
    const rows = Buffer.from('姓名,手机\n' + '张三,13800138000\n'.repeat(1_000_000));
    expect(await issueOf(readTable('million.csv', rows))).toBe('import.tooManyRows');
  });
});

describe('xlsx reading', () => {
  it('reads sheets, skips the merged title row, and keeps Chinese text', async () => {
    const table = await readTable('客户名单.xlsx', await titledXlsx());
    expect(table.sheets).toEqual(['客户名单', '说明']);
    expect(table.rows[0]?.[0]).toBe('朝阳支行客户名单（2026年）');
    const header = detectHeaderRow(table.rows, 'customers');
    expect(header).toBe(2);
    expect(table.rows[header]).toEqual([...BRANCH_HEADERS]);
    expect(table.rows[header + 1]?.[0]).toBe('张伟');
    const other = await readTable('客户名单.xlsx', await titledXlsx(), { sheet: '说明' });
    expect(other.rows[1]).toEqual(['本表由网点导出']);
  });

  it('turns date-formatted cells into ISO dates', async () => {
    const table = await readTable(
      'd.xlsx',
      await titledXlsx([['赵敏', '女', '13900139000', '', new Date(Date.UTC(1988, 6, 9))]]),
    );
    expect(table.rows[3]?.[4]).toBe('1988-07-09');
  });

  it.each([
    ['a truncated file', async () => (await titledXlsx()).subarray(0, 3000), 'import.xlsxDamaged'],
    [
      'a password-protected workbook (OLE container)',
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]),
      'import.encrypted',
    ],
    ['a zip that is not a workbook', async () => Buffer.from('PK\u0005\u0006' + '\0'.repeat(18)), 'import.xlsxDamaged'],
  ])('refuses %s with a specific message', async (_what, make, code) => {
    expect(await issueOf(readTable('客户.xlsx', await make()))).toBe(code);
  });

  it('refuses .xls with advice to save as .xlsx', async () => {
    expect(await issueOf(readTable('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])))).toBe('import.xls');
  });
});

describe('dates', () => {
  it.each([
    ['2023/5/1', '2023-05-01'],
    ['2023-05-01', '2023-05-01'],
    ['2023年5月1日', '2023-05-01'],
    ['2023.5.1', '2023-05-01'],
    ['20230501', '2023-05-01'],
    ['45047', '2023-05-01'],
    ['13/5/2023', '2023-05-13'],
    ['5/13/2023', '2023-05-13'],
    ['2024/2/29', '2024-02-29'],
  ])('%s → %s', (raw, iso) => expect(parseDate(raw, null)).toEqual({ ok: true, value: iso }));

  it('asks when day and month could be either way, then follows the chosen order', () => {
    expect(parseDate('5/1/2023', null)).toEqual({ ok: false, code: 'import.dateAmbiguous' });
    expect(parseDate('5/1/2023', 'mdy')).toEqual({ ok: true, value: '2023-05-01' });
    expect(parseDate('5/1/2023', 'dmy')).toEqual({ ok: true, value: '2023-01-05' });
    expect(inferDateOrder(['5/1/2023', '7/3/2022'])).toBe('ambiguous');
    expect(inferDateOrder(['5/1/2023', '25/3/2022'])).toBe('dmy');
    expect(inferDateOrder(['2023-05-01'])).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2023/2/30', null)).toEqual({ ok: false, code: 'date.invalid' });
    expect(parseDate('2023-13-01', null)).toEqual({ ok: false, code: 'date.invalid' });
    expect(parseDate('下周', null)).toEqual({ ok: false, code: 'date.invalid' });
  });
});

describe('mapping guesses', () => {
  it('maps Chinese headers and keeps unknown columns as custom fields', () => {
    const mapping = guessMapping([...BRANCH_HEADERS, '微信号'], BRANCH_ROWS, 'customers');
    expect(mapping).toEqual([
      'name',
      'gender',
      'mobile',
      'idNumber',
      'birthDate',
      'employer',
      'position',
      'address',
      'owner',
      'notes',
      'custom',
    ]);
  });

  it('maps English headers and header variants (spaces, asterisks, full-width)', () => {
    expect(
      guessMapping(
        ['Name*', 'Mobile Phone', 'E-mail', 'Company', 'Date of birth', '联系电话（必填）'],
        [],
        'customers',
      ),
    ).toEqual(['name', 'mobile', 'email', 'employer', 'birthDate', 'phone']);
  });

  it('guesses from the values when the header says nothing', () => {
    const rows = [
      ['张三', '13800138000', '11010519491231002X', 'zs@example.com', '010-12345678'],
      ['李四', '13912345678', '', 'ls@example.cn', '0571-88887777'],
    ];
    expect(guessMapping(['客户', '列2', '列3', '列4', '列5'], rows, 'customers')).toEqual([
      'name',
      'mobile',
      'idNumber',
      'email',
      'phone',
    ]);
  });

  it('sends a 联系电话 column of landlines to the other-phone field', () => {
    expect(
      guessMapping(
        ['姓名', '联系电话'],
        [
          ['张三', '010-62345678'],
          ['李四', '(021) 5432 1098'],
        ],
        'customers',
      ),
    ).toEqual(['name', 'phone']);
  });
});

describe('formula injection', () => {
  it.each(['=HYPERLINK("http://evil","点我")', '+86 138', '-10', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises %j',
    (v) => {
      expect(neutraliseFormula(v)).toBe(`'${v}`);
    },
  );
  it('leaves ordinary text alone and quotes CSV cells that need it', () => {
    expect(neutraliseFormula('张三')).toBe('张三');
    expect(csvCell('杭州市, 西湖区')).toBe('"杭州市, 西湖区"');
    expect(csvCell('=1+1')).toBe("'=1+1");
  });
});
