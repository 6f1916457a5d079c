import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshot, waitForInteractive } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();
const DATASET_FILE = fileURLToPath(new URL('../../data/kokko-roren.json', import.meta.url));

/** A page whose requests for files matching `blocked` fail (404, or a dropped connection) until `unblock()`. */
async function openWithBlockedChunk(
  browser: Browser,
  url: string,
  blocked: RegExp,
  how: '404' | 'offline',
  width = 960,
  height = 540,
) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const uncaught: string[] = [];
  const blockedRequests: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  let blocking = true;
  await page.route(blocked, async (route) => {
    if (!blocking) {
      await route.continue();
      return;
    }
    blockedRequests.push(route.request().url());
    if (how === '404') await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    else await route.abort('internetdisconnected');
  });
  await page.goto(url);
  return {
    page,
    uncaught,
    blockedRequests,
    unblock: () => {
      blocking = false;
    },
    close: () => context.close(),
  };
}

function chartIsThere(page: Page) {
  return page
    .getByRole('figure', { name: /1980 membership/ })
    .getByRole('img')
    .count();
}

describe('a part whose code does not arrive, in Chromium', () => {
  it('says so in place of the Share panel, keeps the page, and loads the panel on Retry', async () => {
    const { page, uncaught, blockedRequests, unblock, close } = await openWithBlockedChunk(
      chromium(),
      `${baseUrl}/embed/chart.html`,
      /\/assets\/ViewToolsPanel-[^/]*\.js/,
      '404',
    );
    await waitForInteractive(page);
    await page.getByRole('button', { name: 'Share / embed / export' }).click();
    const dialog = page.getByRole('dialog');
    const alert = dialog.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Sorry, the share panel could not be loaded.');
    expect(blockedRequests.length).toBeGreaterThan(0);
    await saveScreenshot(page, 'load-failure-share-panel', false);
    await page.keyboard.press('Escape');
    await expect(chartIsThere(page)).resolves.toBe(15);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Membership in 1980');
    // Still failing: Retry says so again.
    await page.getByRole('button', { name: 'Share / embed / export' }).click();
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await expect(alert.textContent()).resolves.toContain('could not be loaded');
    unblock();
    await dialog.getByRole('button', { name: 'Retry' }).click();
    await dialog.getByLabel(/Embed snippet/).waitFor();
    await expect(dialog.getByRole('alert').count()).resolves.toBe(0);
    await expect(dialog.getByRole('button', { name: /^Download PNG/ }).count()).resolves.toBe(1);
    expect(uncaught).toEqual([]);
    await close();
  });

  it('keeps the prerendered page when its own chunk 404s, says so with Retry, and hydrates on Retry', async () => {
    const { page, uncaught, unblock, close } = await openWithBlockedChunk(
      chromium(),
      `${baseUrl}/embed/chart.html`,
      /\/assets\/ChartPage-[^/]*\.js/,
      '404',
    );
    const notice = page.getByRole('alert');
    await expect(notice.textContent()).resolves.toContain('part of this page could not be loaded');
    await expect(chartIsThere(page)).resolves.toBe(15);
    await expect(page.locator('html[data-interactive]').count()).resolves.toBe(0);
    await saveScreenshot(page, 'load-failure-page-chunk', false);
    unblock();
    await notice.getByRole('button', { name: 'Retry' }).click();
    await waitForInteractive(page);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(chartIsThere(page)).resolves.toBe(15);
    // Hydrated: the tools answer.
    await page.getByRole('button', { name: 'Share / embed / export' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/Embed snippet/)
      .waitFor();
    expect(uncaught).toEqual([]);
    await close();
  });

  it("says in the dataset loader's status that a file cannot be checked offline, and checks it once back", async () => {
    const { page, uncaught, blockedRequests, unblock, close } = await openWithBlockedChunk(
      chromium(),
      `${baseUrl}/`,
      /\/assets\/parseDataset-[^/]*\.js/,
      'offline',
      1280,
      800,
    );
    await waitForInteractive(page);
    const input = page.getByLabel('Load another dataset of the same shape (JSON file)');
    await input.setInputFiles(DATASET_FILE);
    const loader = page.locator('.dataset-loader');
    await expect
      .poll(() => loader.getByRole('alert').textContent())
      .toMatch(/^kokko-roren\.json could not be checked: the validator did not load .*The current dataset stays/);
    expect(blockedRequests.length).toBeGreaterThan(0);
    await expect(
      page
        .getByRole('table', { name: /Founding unions/ })
        .locator('tbody tr')
        .count(),
    ).resolves.toBe(15);
    unblock();
    await input.setInputFiles(DATASET_FILE);
    await expect.poll(() => loader.locator('[aria-live]').textContent()).toBe('Loaded kokko-roren.json: 15 unions.');
    expect(uncaught).toEqual([]);
    await close();
  });
});
