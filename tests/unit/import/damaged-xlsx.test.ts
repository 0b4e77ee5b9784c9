/**
 * A workbook damaged on the way (a flipped bit on a USB stick, a truncated download) must be refused, never read as
 * good: every part the reader uses is checked against its zip CRC-32. And cell references the spec does not allow
 * but some tools write (`r="a1"`, `r="1"`) are read as Excel would show them, in bounded memory.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { runCli } from '../../../electron/cli/main';
import { LIMITS } from '../../../electron/core/import/errors';
import { openXlsx } from '../../../electron/core/import/xlsx';
import { translate } from '../../../shared/i18n/index';
import type { ImportBatch, ImportSummary, JobStatus } from '../../../shared/import/types';
import type { CustomerRow } from '../../../shared/customers/types';
import type { Page } from '../../../shared/records';
import { DossierError } from '../../../shared/result';
import { memoryCore, type TestCore } from '../helpers';
import { workbookXlsx, zip, type ZipEntry } from './zip';

async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function waitForJob(core: TestCore, jobId: string): Promise<JobStatus> {
  for (let i = 0; i < 3000; i++) {
    const status = await call<JobStatus>(core, 'jobs.get', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not finish');
}

const refusal = async (p: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DossierError) return { code: e.issues[0]?.code ?? e.code, details: e.details };
    return { code: `not a DossierError: ${String(e)}`, details: {} };
  }
  return { code: 'no error', details: {} };
};

/** What the wizard does: upload, inspect, start the job and wait for it. */
async function importFile(core: TestCore, name: string, bytes: Buffer) {
  const { fileId } = await call<{ fileId: string }>(core, 'files.upload', { name, data: new Uint8Array(bytes) });
  const inspected = await core.dispatch('import.inspect', { fileId });
  const { jobId } = await call<{ jobId: string }>(core, 'import.start', { fileId, policy: 'skip' });
  return { inspected, status: await waitForJob(core, jobId) };
}

const names = async (core: TestCore): Promise<string[]> =>
  (await call<Page<CustomerRow>>(core, 'customers.list', { pageSize: 100 })).rows.map((c) => c.name).sort();

const expectNothingWritten = async (core: TestCore): Promise<void> => {
  expect(await call<ImportBatch[]>(core, 'import.batches', {})).toEqual([]);
  expect(core.db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
  expect(core.db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 0 });
};

const BRANCH_LIST = [
  ['姓名', '手机', '工作单位', '地址'],
  ['杨璐', '13912345678', '杭州恒达机械有限公司', '杭州市西湖区文三路90号'],
  ['张伟', '13800138000', '上海锦程贸易有限公司', '上海市浦东新区世纪大道100号'],
  ['Emily Chen', '15012345678', 'Pacific Rim Logistics Ltd.', ''],
];

/** A workbook as Excel-compatible tools write it (shared strings, styles, docProps), zipped as asked. */
async function branchWorkbook(compression: 'STORE' | 'DEFLATE'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户名单');
  for (const row of BRANCH_LIST) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression } } as ExcelJS.XlsxWriteOptions));
}

/** An archive's entries, in order, uncompressed. */
function unzip(bytes: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, archive) => {
      if (error || !archive) return reject(error ?? new Error('not a zip'));
      const entries: ZipEntry[] = [];
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('unreadable'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            archive.readEntry();
          });
        });
      });
      archive.on('end', () => resolve(entries));
      archive.readEntry();
    });
  });
}

/** 杨璐 → 杨蒐: the first byte of 璐 (E7 92 90) turned into that of 蒐 (E8 92 90), as the user's file had it. */
function corruptName(bytes: Buffer): Buffer {
  const at = bytes.indexOf(Buffer.from('杨璐'));
  expect(at).toBeGreaterThan(0);
  expect(bytes.indexOf(Buffer.from('杨璐'), at + 1)).toBe(-1);
  const damaged = Buffer.from(bytes);
  damaged[at + 3] = 0xe8;
  expect(damaged.subarray(at, at + 6).toString('utf8')).toBe('杨蒐');
  return damaged;
}

/** Where one entry's compressed bytes are in the archive (from its central-directory record). */
function entryData(bytes: Buffer, name: string): { start: number; end: number } {
  const central = bytes.lastIndexOf(Buffer.from(name)) - 46;
  expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
  const compressed = bytes.readUInt32LE(central + 20);
  const local = bytes.readUInt32LE(central + 42);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  return { start, end: start + compressed };
}

describe('a damaged .xlsx', () => {
  it('is read as good when intact (the control)', async () => {
    const core = memoryCore();
    const { status } = await importFile(core, '客户名单.xlsx', await branchWorkbook('STORE'));
    expect(status.state).toBe('done');
    expect(await names(core)).toEqual(['Emily Chen', '张伟', '杨璐'].sort());
  });

  it('is refused when one byte of a stored entry changed: no preview, no batch, no customer', async () => {
    const core = memoryCore();
    const { inspected, status } = await importFile(core, '客户名单.xlsx', corruptName(await branchWorkbook('STORE')));
    expect(inspected.ok ? null : inspected.error.issues?.[0]?.code).toBe('import.damagedFile');
    expect(status.state).toBe('failed');
    expect(status.error?.issues?.[0]?.code).toBe('import.damagedFile');
    await expectNothingWritten(core);
  });

  it('is refused when the byte changed inside a deflated entry that still inflates', async () => {
    // The real workbook's parts deflated at level 0, which keeps the text as it is inside the deflate stream: the
    // damaged entry inflates cleanly, to the wrong text.
    const parts = await unzip(await branchWorkbook('DEFLATE'));
    const bytes = zip(parts.map((part) => ({ ...part, level: 0 })));
    const { start } = entryData(bytes, 'xl/sharedStrings.xml');
    expect(bytes.indexOf(Buffer.from('杨璐'))).toBeGreaterThan(start);
    const core = memoryCore();
    const { status } = await importFile(core, '客户名单.xlsx', corruptName(bytes));
    expect(status.state).toBe('failed');
    expect(status.error?.issues?.[0]?.code).toBe('import.damagedFile');
    await expectNothingWritten(core);
  });

  it('is never read as good, whichever bit of its shared strings (the names) flipped', async () => {
    const bytes = await branchWorkbook('DEFLATE');
    const { start, end } = entryData(bytes, 'xl/sharedStrings.xml');
    const codes = new Map<string, number>();
    for (let at = start; at < end; at++) {
      const damaged = Buffer.from(bytes);
      damaged[at] = (damaged[at] ?? 0) ^ (1 << (at % 8));
      const read = openXlsx(damaged).then(async (book) => {
        const rows = [...(await book.readRows(null))];
        book.close();
        return rows;
      });
      const { code } = await refusal(read);
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    // Every flip is refused: by the checksum, or earlier where the deflate stream itself breaks (a flip that makes
    // the part inflate past its declared size reads as a zip bomb, refused too). None is read as good.
    expect(codes.get('no error') ?? 0).toBe(0);
    expect(
      [...codes.keys()].filter((c) => !['import.damagedFile', 'import.xlsxDamaged', 'import.zipBomb'].includes(c)),
    ).toEqual([]);
    expect(codes.get('import.damagedFile') ?? 0).toBeGreaterThan(0);
  }, 60_000);

  it('is refused from the command line in Chinese, with no batch and no rejected-rows file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-damaged-'));
    const file = join(dir, '客户名单.xlsx');
    writeFileSync(file, corruptName(await branchWorkbook('STORE')));
    const db = join(dir, 'branch.db');
    const err: string[] = [];
    const code = await runCli(
      ['import', file, '--db', db],
      { out: () => undefined, err: (l) => err.push(l) },
      { LANG: 'zh_CN.UTF-8' },
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(translate('zh-CN', 'import.damagedFile'));
    expect(readdirSync(dir).filter((f) => f.includes('rejected'))).toEqual([]);
    expect(existsSync(join(dir, '客户名单.rejected.xlsx'))).toBe(false);
    const history: string[] = [];
    await runCli(['import', 'history', '--db', db, '--json'], { out: (l) => history.push(l), err: () => undefined });
    expect(JSON.parse(history.join('\n') || '[]')).toEqual([]);
  });

  it('is explained in both languages: damaged, nothing imported, fetch or save it again', () => {
    expect(translate('en', 'import.damagedFile')).toMatch(/damaged/i);
    expect(translate('zh-CN', 'import.damagedFile')).toMatch(/损坏/);
    expect(translate('zh-CN', 'import.damagedFile')).not.toBe(translate('zh-CN', 'import.xlsxDamaged'));
  });
});

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A cell as some exporters write it: an inline string with whatever reference they chose. */
const cell = (ref: string | null, text: string): string =>
  `<c${ref === null ? '' : ` r="${ref}"`} t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
const letters = (col: number): string =>
  col < 26 ? String.fromCharCode(97 + col) : letters(Math.floor(col / 26) - 1) + letters(col % 26);

/** BRANCH_LIST's rows with references made by `ref` (column index, row number), with each cell's column. */
function sheetOf(rows: readonly (readonly string[])[], ref: (col: number, row: number) => string | null): string {
  return rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((text, c) => cell(ref(c, r + 1), text)).join('')}</row>`)
    .join('');
}

describe('cell references without upper-case column letters', () => {
  it('reads lower-case references (a1, c1, aa1) as their columns', async () => {
    const sheet =
      '<row r="1">' +
      cell('a1', '姓名') +
      cell('c1', '手机') +
      cell('aa1', '备注') +
      '</row>' +
      '<row r="2">' +
      cell('a2', '杨璐') +
      cell('C2', '13912345678') +
      cell('aA2', '老客户') +
      '</row>';
    const book = await openXlsx(workbookXlsx(sheet));
    const rows = [...(await book.readRows(null))];
    book.close();
    const blanks = (n: number): string[] => Array.from({ length: n }, () => '');
    expect(rows).toEqual([
      ['姓名', '', '手机', ...blanks(23), '备注'],
      ['杨璐', '', '13912345678', ...blanks(23), '老客户'],
    ]);
  });

  it('imports a three-row sheet with lower-case references with the right values, one batch', async () => {
    const core = memoryCore();
    const { status } = await importFile(
      core,
      '客户名单.xlsx',
      workbookXlsx(sheetOf(BRANCH_LIST.slice(0, 3), (c, r) => `${letters(c)}${r}`)),
    );
    expect(status.state).toBe('done');
    expect(status.result).toMatchObject({ created: 2, rejected: 0 });
    const list = await call<Page<CustomerRow>>(core, 'customers.list', {});
    expect(list.rows.map((c) => [c.name, c.mobile, c.employer]).sort()).toEqual(
      [
        ['杨璐', '13912345678', '杭州恒达机械有限公司'],
        ['张伟', '13800138000', '上海锦程贸易有限公司'],
      ].sort(),
    );
    expect(await call<ImportBatch[]>(core, 'import.batches', {})).toHaveLength(1);
  });

  it('reads cells whose reference has no column (r="1") in document order, after any placed cell', async () => {
    const sheet =
      `<row r="1">${cell('1', '姓名')}${cell('1', '手机')}${cell('1', '地址')}</row>` +
      `<row r="2">${cell('2', '杨璐')}${cell('2', '13912345678')}${cell('2', '杭州市西湖区文三路90号')}</row>` +
      `<row r="3">${cell('B3', '13800138000')}${cell('3', '上海市浦东新区')}</row>`;
    const book = await openXlsx(workbookXlsx(sheet));
    const rows = [...(await book.readRows(null))];
    book.close();
    expect(rows).toEqual([
      ['姓名', '手机', '地址'],
      ['杨璐', '13912345678', '杭州市西湖区文三路90号'],
      ['', '13800138000', '上海市浦东新区'],
    ]);

    const core = memoryCore();
    const { status } = await importFile(
      core,
      '客户名单.xlsx',
      workbookXlsx(sheetOf(BRANCH_LIST, (_c, r) => String(r))),
    );
    expect(status.state).toBe('done');
    expect(status.result).toMatchObject({ created: 3, rejected: 0 });
    expect(await names(core)).toEqual(['Emily Chen', '张伟', '杨璐'].sort());
  });

  it('refuses a lower-case column past the column limit with the limit message, writing nothing', async () => {
    const sheet =
      `<row r="1">${cell('a1', '姓名')}${cell('b1', '手机')}</row>` +
      `<row r="2">${cell('a2', '杨璐')}${cell('zzz2', '13912345678')}</row>`;
    expect(await refusal(openXlsx(workbookXlsx(sheet)).then((b) => b.readRows(null)))).toEqual({
      code: 'import.tooManyColumns',
      details: { row: 2, max: LIMITS.maxColumns },
    });
    const core = memoryCore();
    const { status } = await importFile(core, '客户名单.xlsx', workbookXlsx(sheet));
    expect(status.state).toBe('failed');
    expect(status.error).toMatchObject({
      issues: [{ code: 'import.tooManyColumns' }],
      details: { row: 2, max: LIMITS.maxColumns },
    });
    await expectNothingWritten(core);
  });

  it('imports 20,000 rows of lower-case references', async () => {
    const count = 20_000;
    const rows = [
      ['姓名', '手机', '工作单位'],
      ...Array.from({ length: count }, (_, i) => [
        `${'杨张王李陈'[i % 5]}${'璐伟芳娜静'[Math.floor(i / 5) % 5]}${i}`,
        `139${String(i).padStart(8, '0')}`,
        `杭州第${i}号机械有限公司`,
      ]),
    ];
    const core = memoryCore();
    const { status } = await importFile(
      core,
      '两万行.xlsx',
      workbookXlsx(sheetOf(rows, (c, r) => `${letters(c)}${r}`)),
    );
    expect(status.state).toBe('done');
    expect(status.result).toMatchObject({ created: count, rejected: 0, skipped: 0 } satisfies Partial<ImportSummary>);
    const last = core.db
      .prepare('SELECT name, mobile, employer FROM customers WHERE mobile = ?')
      .get(`139${String(count - 1).padStart(8, '0')}`);
    expect(last).toEqual({
      name: `陈静${count - 1}`,
      mobile: '13900019999',
      employer: `杭州第${count - 1}号机械有限公司`,
    });
  }, 60_000);
});
