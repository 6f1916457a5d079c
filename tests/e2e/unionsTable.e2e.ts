import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  findSeriousViolations,
  openPage,
  saveScreenshot,
  scrollsSideways,
  waitForInteractive,
  type Theme,
} from './harness/browser';
import { startChromium } from './harness/startChromium';
import { loadRawDataset, nth } from '../fixtures/loadRawDataset';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

function unionTable(page: Page) {
  return page.getByRole('table', { name: /Founding unions/ });
}

/** Abbreviations down the table body, as shown. */
function shownOrder(page: Page): Promise<string[]> {
  return unionTable(page).locator('tbody th[scope="row"] button').allTextContents();
}

function sortButton(page: Page, name: RegExp) {
  return unionTable(page).getByRole('columnheader', { name }).getByRole('button');
}

describe('the founding-unions table in Chromium', () => {
  it('sorts by mouse: members high to low with the unknown union last, then low to high', async () => {
    const { page, errors, close } = await openPage(chromium(), `${baseUrl}/`);
    await sortButton(page, /^Members, 1980/).click();
    const descending = await shownOrder(page);
    expect(descending.slice(0, 3)).toEqual(['Zenrodo', 'Zenshiho', 'Zenhomu']);
    expect(descending.at(-1)).toBe('Zenunyu');
    await sortButton(page, /^Members, 1980/).click();
    const ascending = await shownOrder(page);
    expect(ascending.slice(0, 2)).toEqual(['Zenzeikan', 'Zengyokan']);
    expect(ascending.at(-1)).toBe('Zenunyu');
    await expect(
      unionTable(page)
        .getByRole('columnheader', { name: /^Members, 1980/ })
        .getAttribute('aria-sort'),
    ).resolves.toBe('ascending');
    expect(errors).toEqual([]);
    await close();
  });

  it('sorts and filters by keyboard alone, and a reload keeps the state', async () => {
    const { page, errors, close } = await openPage(chromium(), `${baseUrl}/`);
    await page.getByRole('searchbox', { name: 'Filter unions' }).focus();
    await page.keyboard.type('workers');
    // Tab past the membership choice and the download button to the first header button.
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('th')?.textContent ?? '');
      if (focused.startsWith('Union')) break;
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(shownOrder(page)).resolves.toEqual([
      'Zenshoko',
      'Zendenpa',
      'Zenunyu',
      'Zenkisho',
      'Zenkenro',
      'Zenrodo',
    ]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Enter');
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      '6 of 15 unions. Sorted by English name (A to Z), then Union (A to Z).',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('name:asc,union:asc');
    await page.reload();
    await waitForInteractive(page);
    await expect(page.getByRole('searchbox', { name: 'Filter unions' }).inputValue()).resolves.toBe('workers');
    await expect(shownOrder(page)).resolves.toHaveLength(6);
    await expect(page.getByRole('status').textContent()).resolves.toContain('then Union (A to Z)');
    expect(errors).toEqual([]);
    await close();
  });

  it('puts a typed filter in the URL within moments, so a reload keeps it', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await page.getByRole('searchbox', { name: 'Filter unions' }).fill('justice');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 500, interval: 20 }).toBe('justice');
    await page.reload();
    await waitForInteractive(page);
    await expect(page.getByRole('searchbox', { name: 'Filter unions' }).inputValue()).resolves.toBe('justice');
    await expect(shownOrder(page)).resolves.toEqual(['Zenhomu']);
    await close();
  });

  it('downloads the CSV of what is shown, with a byte-order mark', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?q=zenk&sort=members:desc`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kokko-roren-founding-unions-1980-membership-5-of-15.csv');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'abbreviation',
      'Zenkenro',
      'Zenkisho',
      'Zenkosei',
      'Zenkoken',
      'Zenkokuzei',
    ]);
    await close();
  });

  it('writes names a spreadsheet would run as formulas as text, from a dataset loaded with the file chooser', async () => {
    const dataset = loadRawDataset();
    const formulas = ['=HYPERLINK("http://example.com","x")', '+1+2', '-3', '@SUM(A1)'];
    formulas.forEach((formula, index) => {
      nth(dataset.foundingUnions, index).nameEn = formula;
    });
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await page.getByLabel('Load another dataset of the same shape (JSON file)').setInputFiles({
      name: 'formulas.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await expect
      .poll(() => page.locator('.dataset-loader [aria-live]').textContent())
      .toBe('Loaded formulas.json: 15 unions.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    const text = (await readFile(await download.path())).toString('utf8');
    const rows = text.slice(1).trim().split('\r\n').slice(1, 5);
    // The English name is the second column; a quoted cell has its quotes doubled.
    expect(rows[0]).toContain(`,"'=HYPERLINK(""http://example.com"",""x"")",`);
    expect(rows[1]).toContain(",'+1+2,");
    expect(rows[2]).toContain(",'-3,");
    expect(rows[3]).toContain(",'@SUM(A1),");
    // The figures stay numbers.
    expect(rows[0]).toContain(',9801,');
    await close();
  });

  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    it(`works at 320 px without sideways page scroll, axe-clean, in the ${theme} theme`, async () => {
      const { page, close } = await openPage(chromium(), `${baseUrl}/?highlight=Zenrodo`, {
        theme,
        width: 320,
        height: 700,
      });
      await page.getByRole('searchbox', { name: 'Filter unions' }).fill('ministry');
      await sortButton(page, /^Members, 1980/).click();
      await expect(shownOrder(page)).resolves.toEqual([
        'Zenrodo',
        'Zenhomu',
        'Zenshoko',
        'Zenkenro',
        'Zenkosei',
        'Monbushokuso',
      ]);
      await expect(scrollsSideways(page)).resolves.toBe(false);
      // The first column stays in view while the table scrolls inside its own container.
      const scroller = page.getByRole('group', { name: /Founding unions/ });
      await scroller.evaluate((element) => element.scrollBy(400, 0));
      const firstCell = unionTable(page).getByRole('button', { name: 'Zenrodo' });
      const box = await firstCell.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect(box?.x ?? 999).toBeLessThan(40);
      await expect(findSeriousViolations(page)).resolves.toEqual([]);
      await page.locator('#table').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `table-320-${theme}`, false);
      await close();
    });

    it(`is axe-clean sorted, filtered and highlighted at 1280 px in the ${theme} theme`, async () => {
      const { page, close } = await openPage(chromium(), `${baseUrl}/?sort=today:asc,members:desc&highlight=Zenkisho`, {
        theme,
      });
      await unionTable(page).getByRole('button', { name: 'Zenkisho' }).hover();
      await expect(findSeriousViolations(page)).resolves.toEqual([]);
      await page.locator('#table').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `table-1280-${theme}`, false);
      await close();
    });
  }

  it('wraps a 200-character abbreviation and English name inside their columns, never over the next one', async () => {
    const dataset = loadRawDataset();
    nth(dataset.foundingUnions, 0).abbreviation = `Zen${'k'.repeat(197)}`;
    nth(dataset.foundingUnions, 0).nameEn = 'N'.repeat(200);
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await page.getByLabel('Load another dataset of the same shape (JSON file)').setInputFiles({
      name: 'long-names.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await expect
      .poll(() => page.locator('.dataset-loader [aria-live]').textContent())
      .toBe('Loaded long-names.json: 15 unions.');
    // Each cell of the first row holds its text: nothing is wider than its cell.
    const overflows = await unionTable(page)
      .locator('tbody tr')
      .first()
      .locator('th, td')
      .evaluateAll((cells) =>
        cells.map((cell) => {
          const box = cell.getBoundingClientRect();
          const widest = Math.max(
            ...[...cell.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right),
          );
          return Math.round(widest - box.right);
        }),
      );
    for (const overflow of overflows) expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'table-long-names-1280', false);
    await close();
  });
});
