import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** As Excel saves "CSV" on a Chinese Windows: GBK without a BOM, a title row above the header. */
function branchCsv(): Buffer {
  const lines = [
    '朝阳支行2026年第三季度客户名单,,,',
    '姓名,手机,身份证号,工作单位',
    '张伟,138 0013 8000,11010519491231002X,恒达机械',
    '王芳,1381234,,',
    '李娜,139 1234 5678,,锦程贸易',
  ];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
}

async function openImport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入' })).toBeVisible();
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('input[type=file]', { name, mimeType, buffer });
}

/** From the file settings step through the columns to the preview. */
async function toPreview(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('table', { name: '字段对应' })).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('table', { name: '预览检查' })).toBeVisible();
}

function summaryCount(page: Page, label: string) {
  return page.getByRole('list', { name: '导入' }).getByRole('listitem').filter({ hasText: label });
}

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; path: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await click();
  const download = await pending;
  const path = await download.path();
  return { download, path, bytes: readFileSync(path) };
}

test('a GBK list with a title row: preview, import, fix the rejected row, re-import, undo', async ({ page }) => {
  // Two imports, a download and an undo: longer than the default budget on a slow machine.
  test.setTimeout(120_000);
  await openImport(page);
  await chooseFile(page, '客户名单.csv', 'text/csv', branchCsv());

  // File settings: the encoding was recognised and the header found below the title row.
  await expect(page.getByRole('combobox', { name: '文字编码' })).toContainText('GB18030');
  await expect(page.getByLabel('表头所在行')).toHaveValue('2');
  const firstRows = page.getByRole('table', { name: '文件开头的几行' });
  await expect(firstRows.getByRole('row').filter({ hasText: '朝阳支行' })).toContainText('跳过');
  await expect(firstRows.getByRole('row').filter({ hasText: '身份证号' })).toContainText('表头');

  // Columns were matched from the Chinese headers; the preview shows the bad phone on its cell.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('combobox', { name: '手机' })).toHaveText('手机');
  await expect(page.getByRole('combobox', { name: '工作单位' })).toHaveText('工作单位');
  await page.getByRole('button', { name: '下一步' }).click();
  const preview = page.getByRole('table', { name: '预览检查' });
  await expect(preview.getByRole('row').filter({ hasText: '王芳' })).toContainText('电话号码位数太少。');
  await expect(preview.getByRole('row').filter({ hasText: '张伟' })).toContainText('13800138000');
  await expect(page.getByText('可导入 2 行')).toBeVisible();
  await expect(page.getByText('有问题 1 行')).toBeVisible();

  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(summaryCount(page, '新建')).toContainText('2');
  await expect(summaryCount(page, '未导入')).toContainText('1');

  // The rejected row comes back as a workbook with the reason; fix the phone and import that file.
  const { download, path } = await downloaded(page, () =>
    page.getByRole('button', { name: '下载未导入的行 (.xlsx)' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the rejected-rows workbook has no sheet');
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const phoneColumn = header.indexOf('手机');
  const rejectedRow = (sheet.getRows(2, sheet.rowCount - 1) ?? []).find((row) => row.getCell(1).value === '王芳');
  if (!rejectedRow) throw new Error('王芳 is not among the rejected rows');
  expect(String(rejectedRow.getCell(header.indexOf('原因')).value)).toContain('电话号码位数太少');
  rejectedRow.getCell(phoneColumn).value = '13812345678';
  // And a customer the first import created, added again by hand: a duplicate the review names.
  const again = sheet.addRow([]);
  again.getCell(1).value = '张伟';
  again.getCell(phoneColumn).value = '138 0013 8000';
  const fixed = Buffer.from(await workbook.xlsx.writeBuffer());

  await page.getByRole('button', { name: '导入其他文件' }).click();
  await chooseFile(page, '未导入的行-已修改.xlsx', XLSX_MIME, fixed);
  await toPreview(page);
  await expect(page.getByText('可导入 2 行')).toBeVisible();
  await page.getByRole('button', { name: '查看全部重复' }).click();
  const review = page.getByRole('dialog', { name: '“未导入的行-已修改.xlsx”中的重复' });
  await expect(review).toContainText('共 1 行与已有客户或文件中前面的行重复。');
  const duplicate = review.getByRole('row').filter({ hasText: '13800138000' });
  await expect(duplicate).toContainText('手机');
  await expect(duplicate.getByRole('link', { name: '张伟' })).toBeVisible();
  await review.getByRole('button', { name: '关闭' }).click();
  await expect(review).toBeHidden();
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(summaryCount(page, '新建')).toContainText('1');
  await expect(summaryCount(page, '跳过')).toContainText('1');
  await expect(summaryCount(page, '未导入')).toContainText('0');

  // Undo the first import from the history: its customers go, the re-imported one stays.
  await page.getByRole('tab', { name: '导入记录' }).click();
  const history = page.getByRole('table', { name: '导入记录' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await history.getByRole('button', { name: '撤销导入 客户名单.csv' }).click();
  const confirm = page.getByRole('dialog', { name: '撤销本次导入？' });
  await expect(confirm).toContainText('本次导入新建了 2 条记录，更新了 0 个客户。');
  await confirm.getByRole('button', { name: '撤销' }).click();
  await expect(confirm).toBeHidden();
  // The undo runs in its own worker after a backup of the file: seconds on a machine busy with other tests.
  await expect(history.getByRole('row').filter({ hasText: '客户名单.csv' })).toContainText('撤销', { timeout: 30_000 });
  await expect(history.getByRole('button', { name: '撤销导入 客户名单.csv' })).toHaveCount(0);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  const list = page.getByRole('main');
  await expect(list).toContainText('王芳');
  await expect(list).not.toContainText('张伟');
  await expect(list).not.toContainText('李娜');
});

test('an .xls file is refused with the way out', async ({ page }) => {
  await openImport(page);
  // An OLE compound file header, as Excel 97–2003 writes.
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
  await chooseFile(page, '客户名单.xls', 'application/vnd.ms-excel', xls);
  await expect(page.getByRole('alert')).toContainText('另存为');
});

test('the customer list exports as a UTF-8 CSV that Excel opens', async ({ page }) => {
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByLabel('姓名').fill('张伟');
  await page.getByLabel('手机').fill('138 0013 8000');
  await page.getByRole('button', { name: '创建', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '张伟' })).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await page.getByRole('button', { name: '导出' }).click();
  const { download, bytes } = await downloaded(page, () =>
    page.getByRole('menuitem', { name: 'CSV（UTF-8）' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain('张伟');
  expect(text).toContain('13800138000');
});

test('undo keeps a customer someone has called since the import, and says so', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, '客户名单.csv', 'text/csv', branchCsv());
  await toPreview(page);
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(summaryCount(page, '新建')).toContainText('2');

  // A call to 李娜 after the import.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: '李娜' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '李娜' })).toBeVisible();
  await page.getByRole('button', { name: '记录电话' }).click();
  const call = page.getByRole('dialog', { name: '记录沟通' });
  await call.getByLabel('沟通内容').fill('介绍了新发的稳健理财，客户说下月到期后再考虑');
  await call.getByRole('button', { name: '保存' }).click();
  await expect(call).toBeHidden();

  await openImport(page);
  await page.getByRole('tab', { name: '导入记录' }).click();
  await page.getByRole('table', { name: '导入记录' }).getByRole('button', { name: '撤销导入 客户名单.csv' }).click();
  const confirm = page.getByRole('dialog', { name: '撤销本次导入？' });
  await expect(confirm).toContainText('本次导入新建了 2 条记录，更新了 0 个客户。');
  await expect(confirm).toContainText('其中 1 条在导入后又有改动');
  await expect(confirm.getByRole('checkbox', { name: /这些记录也一并撤销/ })).not.toBeChecked();
  await confirm.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已撤销导入：删除 1 条，恢复 0 条，1 条因导入后有改动而保留。')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  const list = page.getByRole('main');
  await expect(list).toContainText('李娜');
  await expect(list).not.toContainText('张伟');
});

/** A branch list where 陈建国 is first registered by a short row (name, mobile, 再次登记), his full row further down. */
function reRegisteredCsv(): Buffer {
  const lines = [
    '序号,姓名,性别,手机号码,身份证号,出生日期,工作单位,备注',
    '1,陈建国,,139 1234 5678,,,,再次登记',
    '2,林晓梅,女,137 0013 7000,,,浙江大学,',
    '3,陈建国,男,13912345678,330106197503080113,1975-03-08,杭州市西湖区教育局,季度回访',
  ];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
}

test('a thin re-registration row and the full row become one customer with the ID number and birth date', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openImport(page);
  await chooseFile(page, '西湖支行名单.csv', 'text/csv', reRegisteredCsv());
  await toPreview(page);
  await page.getByRole('button', { name: '开始导入' }).click();
  await expect(summaryCount(page, '新建')).toContainText('2');
  await expect(summaryCount(page, '跳过')).toContainText('0');
  await expect(page.getByText('1 行已合并到本文件中的同一客户。')).toBeVisible();

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户', exact: true }).click();
  const list = page.getByRole('main');
  await expect(list.getByRole('link', { name: '陈建国' })).toHaveCount(1);
  await list.getByRole('link', { name: '陈建国' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '陈建国' })).toBeVisible();
  const profile = page.getByRole('main');
  await expect(profile).toContainText('330106197503080113');
  await expect(profile).toContainText('1975');
  await expect(profile).toContainText('杭州市西湖区教育局');
});

/** 300 customers; the mobile of spreadsheet row 250 is a digit short. */
function longCsv(): Buffer {
  const lines = ['姓名,手机,地区'];
  for (let i = 1; i <= 300; i++) {
    const row = i + 1;
    lines.push(
      `${'王李张刘陈'[i % 5]}客户${i},${row === 250 ? '139 1234 567' : `139${String(10_000_000 + i).slice(-8)}`},杭州市`,
    );
  }
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk');
}

test('the problem chip lists a problem row far down the file', async ({ page }) => {
  test.setTimeout(90_000);
  await openImport(page);
  await chooseFile(page, '长名单.csv', 'text/csv', longCsv());
  await toPreview(page);
  const preview = page.getByRole('table', { name: '预览检查' });
  await expect(preview.getByRole('row').filter({ hasText: '139 1234 567' })).toHaveCount(0);

  await page.getByRole('button', { name: '有问题 1 行' }).click();
  await expect(page.getByRole('button', { name: '有问题 1 行' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '整个文件中有问题的共 1 行。' })).toBeVisible();
  const problem = preview.getByRole('row').filter({ hasText: '139 1234 567' });
  await expect(problem).toContainText('250');
  await expect(problem).toContainText('电话号码位数太少。');
  await expect(preview.getByRole('row')).toHaveCount(2);

  // Clicked again: every row, a page at a time; the last page ends with row 301.
  await page.getByRole('button', { name: '有问题 1 行' }).click();
  await page.getByRole('button', { name: '最后一页' }).click();
  await expect(preview.getByRole('row').last()).toContainText('301');
});
