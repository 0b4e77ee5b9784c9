import type { Page } from '@playwright/test';
import { englishCsv } from '../fixtures/english-list';
import { test, expect } from './fixtures';

test.use({ appLocale: 'en' });

async function openImport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
}

test('an English list imports with First Name and Last Name joined, no name mapped by hand', async ({ page }) => {
  test.setTimeout(90_000);
  await openImport(page);
  await page.setInputFiles('input[type=file]', {
    name: 'customers-100.csv',
    mimeType: 'text/csv',
    buffer: englishCsv(),
  });
  await page.getByRole('button', { name: 'Next' }).click();

  // The columns were recognised from the English headers; nothing asks for a name column.
  const mapping = page.getByRole('table', { name: 'Match columns' });
  await expect(mapping).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'First Name' })).toHaveText('Given name');
  await expect(page.getByRole('combobox', { name: 'Last Name' })).toHaveText('Family name');
  await expect(page.getByRole('combobox', { name: 'Company' })).toHaveText('Employer');
  await expect(page.getByRole('combobox', { name: 'City' })).toHaveText('Region');
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveText('Keep as custom field');
  await expect(page.getByText('Match a column to')).toHaveCount(0);

  // Phone numbers are not what this is about: both phone columns are kept as written.
  for (const column of ['Phone 1', 'Phone 2']) {
    await page.getByRole('combobox', { name: column }).click();
    await page.getByRole('option', { name: 'Keep as custom field' }).click();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  const preview = page.getByRole('table', { name: 'Check' });
  // The preview shows the file's columns; the joined name shows on the customer once imported.
  const sheryl = preview.getByRole('row').filter({ hasText: 'sheryl.baxter0@' });
  await expect(sheryl.getByRole('cell', { name: 'Sheryl', exact: true })).toBeVisible();
  await expect(sheryl.getByRole('cell', { name: 'Baxter', exact: true })).toBeVisible();
  await expect(page.getByText('100 ready')).toBeVisible();
  await expect(page.getByText('No column is mapped to the name.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Start import' }).click();
  const summary = page.getByRole('list', { name: 'Import' }).getByRole('listitem');
  await expect(summary.filter({ hasText: 'Created' })).toContainText('100');
  await expect(summary.filter({ hasText: 'Not imported' })).toContainText('0');

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Customers', exact: true })
    .click();
  await page.getByRole('combobox', { name: 'Search customers' }).fill('Sheryl Baxter');
  await page.getByRole('option', { name: /Sheryl Baxter/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sheryl Baxter' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Rasmussen Group');
  await expect(page.getByRole('main')).toContainText('Subscription Date');
  await expect(page.getByRole('main')).toContainText('http://www.baxter-group.com/');
});
