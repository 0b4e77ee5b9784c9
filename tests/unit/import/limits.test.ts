/**
 * Hostile and oversized workbooks: a zip bomb, a million rows, 5,000 columns, a 1 MB cell. Each is refused
 * with its own message in both languages, early (nothing inflated past the limit), and nothing is written.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { LIMITS } from '../../../electron/core/import/errors';
import { readTable } from '../../../electron/core/import/table';
import { openXlsx } from '../../../electron/core/import/xlsx';
import { translate, isMessageKey } from '../../../shared/i18n/index';
import type { ImportBatch, JobStatus } from '../../../shared/import/types';
import { DossierError } from '../../../shared/result';
import { memoryCore, type TestCore } from '../helpers';
import { rowXml, workbookXlsx } from './zip';

const refusal = async (p: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DossierError) return { code: e.issues[0]?.code ?? e.code, details: e.details };
    return { code: `not a DossierError: ${String(e)}`, details: {} };
  }
  return { code: 'no error', details: {} };
};

const HEADER = rowXml(['姓名', '手机', '地址', '备注']);
const ROW = rowXml(['张三', '13800138000', '杭州市西湖区文三路90号', '老客户']);
/** About 40 MB of repeated rows: under the old 50 MB floor, so it used to be read in full. */
const BOMB_SHEET = Buffer.from(HEADER + ROW.repeat(Math.ceil(40e6 / Buffer.byteLength(ROW))));
const bomb = workbookXlsx(BOMB_SHEET);
/** The same rows, but the headers claim the sheet is 1 MB (a plausible ratio): caught while inflating. */
const lyingBomb = workbookXlsx(BOMB_SHEET, { declaredSize: 1_000_000 });

describe('zip bombs', () => {
  it('are built as the review found them: tens of MB compressed a few hundred times', () => {
    expect(BOMB_SHEET.length).toBeGreaterThan(39e6);
    expect(BOMB_SHEET.length / bomb.length).toBeGreaterThan(LIMITS.maxZipRatio);
    expect(bomb.length).toBeLessThan(1e6);
  });

  it('refuses one whose sizes say so before inflating anything', async () => {
    const started = performance.now();
    expect(await refusal(readTable('客户名单.xlsx', bomb))).toMatchObject({ code: 'import.zipBomb' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses one whose headers lie about its size, stopping the inflate where the lie shows', async () => {
    const started = performance.now();
    expect(await refusal(readTable('客户名单.xlsx', lyingBomb))).toMatchObject({ code: 'import.zipBomb' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('caps the bytes inflated from a whole workbook, and the ratio of any entry past a few MB', async () => {
    const sheet = HEADER + ROW.repeat(2000); // ~400 KB, compresses far past 100:1
    expect(await refusal(openXlsx(workbookXlsx(sheet), { ...LIMITS, maxUnzippedBytes: 100_000 }))).toMatchObject({
      code: 'import.zipBomb',
    });
    expect(await refusal(openXlsx(workbookXlsx(sheet), { ...LIMITS, zipRatioFloorBytes: 100_000 }))).toMatchObject({
      code: 'import.zipBomb',
    });
    // Below the floor a high ratio is normal (a small, repetitive sheet) and the file opens.
    const book = await openXlsx(workbookXlsx(sheet));
    expect((await book.readRows(null)).length).toBe(2001);
    book.close();
  });

  it('leaves nothing behind through the contract: no batch, no customers, a specific message', async () => {
    const core = memoryCore();
    const upload = await call<{ fileId: string }>(core, 'files.upload', {
      name: '客户名单.xlsx',
      data: new Uint8Array(bomb),
    });
    const inspected = await core.dispatch('import.inspect', { fileId: upload.fileId });
    expect(inspected.ok ? null : inspected.error.issues?.[0]?.code).toBe('import.zipBomb');
    const { jobId } = await call<{ jobId: string }>(core, 'import.start', { fileId: upload.fileId, policy: 'skip' });
    let status = await call<JobStatus>(core, 'jobs.get', { jobId });
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = await call<JobStatus>(core, 'jobs.get', { jobId });
    }
    expect(status.state).toBe('failed');
    expect(status.error?.issues?.[0]?.code).toBe('import.zipBomb');
    expect(await call<ImportBatch[]>(core, 'import.batches', {})).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
  });

  it('leaves nothing behind from the command line: no batch, no rejected-rows file, the message in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bomb-'));
    const file = join(dir, '客户名单.xlsx');
    writeFileSync(file, bomb);
    const db = join(dir, 'branch.db');
    const err: string[] = [];
    const code = await runCli(
      ['import', file, '--db', db],
      { out: () => undefined, err: (l) => err.push(l) },
      {
        LANG: 'zh_CN.UTF-8',
      },
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toContain(translate('zh-CN', 'import.zipBomb'));
    expect(readdirSync(dir).filter((f) => f.includes('rejected'))).toEqual([]);
    expect(existsSync(join(dir, '客户名单.rejected.xlsx'))).toBe(false);
    const history: string[] = [];
    await runCli(['import', 'history', '--db', db, '--json'], { out: (l) => history.push(l), err: () => undefined });
    expect(JSON.parse(history.join('\n') || '[]')).toEqual([]);
  });
});

describe('oversized sheets', () => {
  it('refuses a million rows at the first row past the limit, without filling in the blank rows', async () => {
    const sheet = HEADER + ROW + rowXml(['王五', '13900139000', '', ''], 1_000_000);
    const started = performance.now();
    expect(await refusal(readTable('百万行.xlsx', workbookXlsx(sheet)))).toEqual({
      code: 'import.tooManyRows',
      details: { max: LIMITS.maxRows },
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a 5,000-column row', async () => {
    const wide = `<row r="1">${Array.from({ length: 5000 }, (_, i) => `<c t="inlineStr"><is><t>列${i}</t></is></c>`).join('')}</row>`;
    expect(await refusal(readTable('宽表.xlsx', workbookXlsx(wide + ROW)))).toEqual({
      code: 'import.tooManyColumns',
      details: { row: 1, max: LIMITS.maxColumns },
    });
    // Or one far-away cell reference.
    const far = `${HEADER}<row r="2"><c r="GJH2" t="inlineStr"><is><t>x</t></is></c></row>`;
    expect((await refusal(readTable('宽表.xlsx', workbookXlsx(far)))).code).toBe('import.tooManyColumns');
  });

  it('refuses a 1 MB cell with its row number, inline or shared', async () => {
    const big = '很长的备注'.repeat(200_000); // 1,000,000 characters
    expect(await refusal(readTable('长.xlsx', workbookXlsx(HEADER + rowXml(['张三', '', '', big]))))).toEqual({
      code: 'import.cellTooLong',
      details: { row: 2, max: LIMITS.maxCellChars },
    });
    const sst = (text: string) => ({
      name: 'xl/sharedStrings.xml',
      data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${text}</t></si></sst>`,
    });
    const shared = `${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="D2" t="s"><v>0</v></c></row>`;
    // A shared string longer than a cell is refused where it is used...
    expect(await refusal(readTable('长.xlsx', workbookXlsx(shared, { extra: [sst('长'.repeat(100_000))] })))).toEqual({
      code: 'import.cellTooLong',
      details: { row: 2, max: LIMITS.maxCellChars },
    });
    // ...and one too long to hold in memory (over a million characters) is refused while it is read.
    expect(await refusal(readTable('长.xlsx', workbookXlsx(shared, { extra: [sst('长'.repeat(1_200_000))] })))).toEqual(
      { code: 'import.textTooLong', details: { max: LIMITS.maxCellChars } },
    );
  });

  it('caps the cells read from a sheet (rows × columns)', async () => {
    const sheet = HEADER + ROW.repeat(300);
    expect(
      await refusal(openXlsx(workbookXlsx(sheet), { ...LIMITS, maxCells: 1000 }).then((b) => b.readRows(null))),
    ).toEqual({
      code: 'import.tooManyCells',
      details: { max: 1000 },
    });
  });

  it('caps the cells of a CSV the same way, counted as it is read', async () => {
    // 20,011 rows × 500 columns (the most allowed): just over 10 million cells in a 10 MB file.
    const line = `张三,13800138000${','.repeat(498)}`;
    const csv = Buffer.from(`姓名,手机${','.repeat(498)}\n${`${line}\n`.repeat(20_010)}`);
    expect(await refusal(readTable('客户名单.csv', csv))).toEqual({
      code: 'import.tooManyCells',
      details: { max: LIMITS.maxCells },
    });
  });

  it('says each of these in both languages, with the figures filled in', () => {
    const params = { max: 300000, row: 2 };
    for (const key of [
      'import.zipBomb',
      'import.tooManyRows',
      'import.tooManyColumns',
      'import.cellTooLong',
      'import.textTooLong',
      'import.tooManyCells',
      'import.birthDateMismatch',
    ]) {
      expect(isMessageKey(key)).toBe(true);
      if (!isMessageKey(key)) continue;
      for (const language of ['en', 'zh-CN'] as const) {
        const text = translate(language, key, params);
        expect(text).not.toBe(key);
        expect(text).not.toMatch(/[{}]/);
      }
      expect(translate('zh-CN', key, params)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

async function call<T>(core: TestCore, channel: string, input: unknown): Promise<T> {
  const reply = await core.dispatch(channel, input);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}
