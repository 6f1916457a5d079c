import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForInteractive } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

/** A slow phone on a slow network: CPU 6x slower, 400 kbps both ways with 400 ms of latency. */
async function openSlowly(path: string) {
  const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
  return { page, errors, close: () => context.close() };
}

/** The same page, fast, for doing the same things after it is hydrated. */
async function openHydrated(path: string) {
  const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await waitForInteractive(page);
  // The reference run acts on views that have all hydrated: the explorer's chart and timeline
  // hydrate in boundaries of their own, after the page says it is interactive, and a select's
  // change in between is not replayed by React as a click is.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-view-ready]').length === document.querySelectorAll('[data-view]').length,
  );
  return { page, close: () => context.close() };
}

const isInteractive = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-interactive'));

/** Everything the tested controls change, as the reader sees it. */
async function readState(page: Page) {
  const table = page.getByRole('table', { name: /Founding unions/ });
  return {
    filter: await page.getByRole('searchbox', { name: 'Filter unions' }).inputValue(),
    sorted: await table
      .locator('th[aria-sort]:not([aria-sort="none"])')
      .evaluateAll((headers) => headers.map((th) => `${th.textContent}: ${th.getAttribute('aria-sort')}`)),
    rows: await table.locator('tbody th[scope="row"] button').allTextContents(),
    order: await page.getByRole('combobox', { name: 'Order' }).inputValue(),
    measure: await page.locator('.chart-controls input[type=radio]:checked').getAttribute('value'),
    bars: await page.locator('.chart-view .bar__label').allTextContents(),
    values: await page.locator('.chart-view .bar__value').allTextContents(),
    step: await page.getByRole('region', { name: 'Step through the history' }).textContent(),
    // The parameters, whatever their order (the URL keeps the order they were first written in).
    search: await page.evaluate(() =>
      [...new URLSearchParams(window.location.search)].map(([key, value]) => `${key}=${value}`).sort(),
    ),
  };
}

/**
 * Does `act` on `path` on a slow phone as soon as the prerendered page shows `ready`, checking that
 * the page is not hydrated yet, before and after; then, once it is, returns what it shows, and the
 * same for `act` done on a hydrated page.
 */
async function actBeforeHydration(
  path: string,
  ready: (page: Page) => Promise<void>,
  act: (page: Page) => Promise<void>,
) {
  const slow = await openSlowly(path);
  await ready(slow.page);
  expect(await isInteractive(slow.page)).toBe(false);
  await act(slow.page);
  expect(await isInteractive(slow.page)).toBe(false);
  await waitForInteractive(slow.page);
  const early = await readState(slow.page);
  // Recording stopped at hydration: nothing done since is waiting to be replayed.
  const left = await slow.page.evaluate(() => window.explorerEarlyInput?.take().length);
  expect(slow.errors).toEqual([]);
  await slow.close();

  const fast = await openHydrated(path);
  await act(fast.page);
  const late = await readState(fast.page);
  await fast.close();
  return { early, late, left };
}

const filterBox = (page: Page) => page.getByRole('searchbox', { name: 'Filter unions' });
const membersHeader = (page: Page) => page.getByRole('columnheader', { name: /^Members, 1980/ });

describe('input made before the page is hydrated', { timeout: 120_000 }, () => {
  it('types into the filter and sorts: the filter reads what was typed, filtered and sorted', async () => {
    const { early, late, left } = await actBeforeHydration(
      '/?q=zen',
      async (page) => {
        await filterBox(page).waitFor({ state: 'visible' });
        // The URL's filter is in the box before any of the app's script has run.
        expect(await filterBox(page).inputValue()).toBe('zen');
      },
      async (page) => {
        await filterBox(page).focus();
        await page.keyboard.press('End');
        await page.keyboard.type('k');
        expect(await filterBox(page).inputValue()).toBe('zenk');
        await membersHeader(page).getByRole('button').click();
      },
    );
    expect(early.filter).toBe('zenk');
    expect([...early.rows].sort()).toEqual(['Zenkenro', 'Zenkisho', 'Zenkokuzei', 'Zenkoken', 'Zenkosei'].sort());
    expect(early.sorted).toEqual([expect.stringMatching(/^Members, 1980.*: descending$/)]);
    expect(early.search).toEqual(['q=zenk', 'sort=members:desc']);
    expect(early).toEqual(late);
    expect(left).toBe(0);
  });

  it('applies a sort click made before typing, in that order', async () => {
    const { early, late } = await actBeforeHydration(
      '/',
      (page) => membersHeader(page).getByRole('button').waitFor({ state: 'visible' }),
      async (page) => {
        await membersHeader(page).getByRole('button').click();
        await membersHeader(page).getByRole('button').click();
        await filterBox(page).fill('zen');
      },
    );
    expect(early.sorted).toEqual([expect.stringMatching(/: ascending$/)]);
    expect(early.filter).toBe('zen');
    expect(early).toEqual(late);
  });

  it('changes the chart order and measure', async () => {
    const { early, late } = await actBeforeHydration(
      '/',
      (page) => page.getByRole('radio', { name: 'Share of known total' }).waitFor({ state: 'visible' }),
      async (page) => {
        await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'By name' });
        await page.getByRole('radio', { name: 'Share of known total' }).click();
      },
    );
    expect(early.order).toBe('name');
    expect(early.measure).toBe('share');
    expect(early.values.some((value) => value.endsWith('%'))).toBe(true);
    expect(early).toEqual(late);
  });

  it('steps through the timeline: an event marker, then Next', async () => {
    const { early, late } = await actBeforeHydration(
      '/',
      (page) => page.getByRole('region', { name: 'Step through the history' }).waitFor({ state: 'visible' }),
      async (page) => {
        await page.locator('.timeline-event circle').nth(2).click();
        await page
          .getByRole('region', { name: 'Step through the history' })
          .getByRole('button', { name: /Next/ })
          .click();
      },
    );
    expect(early.step).toContain('Event 4 of');
    expect(early.search).toEqual([expect.stringMatching(/^step=/)]);
    expect(early).toEqual(late);
  });
});
