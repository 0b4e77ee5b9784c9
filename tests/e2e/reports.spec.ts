/**
 * A customer analysis report from the customer page: the assessment written and saved as a draft, a second version,
 * the report previewed (masked numbers, the text in the frame), saved as a PDF (real Chromium output), and the
 * draft opened again with its versions.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, callApi } from './fixtures';

test('write an assessment, preview the report, save it as PDF and reopen the draft', async ({ page }) => {
  test.setTimeout(180_000);
  await expect(page.getByRole('heading', { level: 1, name: '客户' })).toBeVisible();
  const customer = await callApi<{ id: string }>(page, 'customers.create', {
    customer: { kind: 'person', name: '李秀英', mobile: '13812345678' },
  });
  await callApi(page, 'purchases.save', {
    customerId: customer.id,
    occurredOn: '2025-04-18',
    product: '稳盈理财 90 天',
    amountCents: 5_000_000,
  });
  await callApi(page, 'reports.letterhead.set', { branchName: '建设银行上海徐汇支行', logo: null, paper: 'A4' });
  const base = page.url().split('#')[0] ?? '';
  await page.goto(`${base}#/customers/${customer.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '李秀英' })).toBeVisible();

  // The judgement sections, written in the app and saved as version 1, then amended as version 2.
  await page.getByRole('link', { name: '分析报告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '分析报告——李秀英' })).toBeVisible();
  await expect(page.getByText('尚未保存草稿。')).toBeVisible();
  await page.getByLabel('一、报告目的').fill('年度复核前了解客户。');
  await page.getByLabel('九、客户评估').fill('客户资产稳定，有长期合作的可能。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存为第 1 版')).toBeVisible();
  await page.getByLabel('九、客户评估').fill('客户资产稳定，有长期合作的可能。建议每季度拜访。');
  await expect(page.getByText('请先保存草稿：预览打印的是已保存的版本。')).toBeVisible();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存为第 2 版')).toBeVisible();
  const versions = page.getByRole('region', { name: '版本' });
  await expect(versions.getByRole('button')).toHaveCount(2);

  // The preview: the document in a sandboxed frame, numbers masked.
  await page.getByRole('link', { name: '预览报告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户分析报告——李秀英' })).toBeVisible();
  const iframe = page.locator('iframe[title="客户分析报告——李秀英"]');
  await expect(iframe).toHaveAttribute('sandbox', '');
  const frame = page.frameLocator('iframe[title="客户分析报告——李秀英"]');
  await expect(frame.getByText('建议每季度拜访。')).toBeVisible();
  await expect(frame.getByText('138****5678')).toBeVisible();
  await expect(frame.getByText('建设银行上海徐汇支行', { exact: true })).toBeVisible();

  // Save as PDF: a real PDF with the assessment and the masked number.
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: '另存为 PDF' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('客户分析报告——李秀英.pdf');
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('建议每季度拜访。');
  expect(text).toContain('138****5678');
  expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);

  // Unmasking says it is recorded and shows the full number.
  // The switch follows the address (a transition), so its state is awaited rather than checked at once.
  const unmask = page.getByLabel('显示完整的电话和证件号码');
  await unmask.click();
  await expect(unmask).toBeChecked();
  await expect(page.getByText('显示完整号码的打印将以您的名义记入审计日志。')).toBeVisible();
  await expect(frame.getByText('13812345678')).toBeVisible();

  // Back to the draft: the newest version opens with its text; version 1 still has the first one; mark reviewed.
  await page.goto(`${base}#/customers/${customer.id}/report`);
  await expect(page.getByLabel('九、客户评估')).toHaveValue('客户资产稳定，有长期合作的可能。建议每季度拜访。');
  await versions.getByRole('button', { name: /第 1 版/ }).click();
  await expect(page.getByLabel('九、客户评估')).toHaveValue('客户资产稳定，有长期合作的可能。');
  await versions.getByRole('button', { name: /第 2 版/ }).click();
  await page.getByRole('button', { name: '标记为已审核' }).click();
  await expect(page.getByText('已标记为已审核')).toBeVisible();
  await expect(versions.getByRole('button', { name: /第 2 版/ })).toContainText('已审核');
});
