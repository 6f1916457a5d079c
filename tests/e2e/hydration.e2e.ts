import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, waitForInteractive } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

/** Counts every layout shift from navigation on, naming what moved. */
const RECORD_SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const moved = entry.sources.map((source) => source.node?.nodeName + '.' + (source.node?.className ?? ''));
      window.__shifts.push(entry.value.toFixed(4) + ' ' + moved.join(', '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Opens `path` cold at `width` (and CPU slowdown), lets it hydrate and settle, and returns its layout shifts. */
async function shiftsWhileLoading(browser: Browser, path: string, width: number, cpuSlowdown = 1): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(RECORD_SHIFTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await waitForInteractive(page);
  // Long enough for the charts to measure their width and redraw.
  await page.waitForTimeout(500 * cpuSlowdown);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
  await context.close();
  return shifts;
}

describe('prerendered pages as they load and hydrate', () => {
  for (const path of ['/', '/embed/table.html', '/embed/chart.html', '/embed/timeline.html']) {
    for (const width of [1280, 320]) {
      it(`do not shift the layout: ${path} at ${width} px`, async () => {
        expect(await shiftsWhileLoading(chromium(), path, width)).toEqual([]);
      });
    }
  }

  it('do not shift the layout on a slow phone (CPU 4x slower), where the browser paints a partly parsed page', async () => {
    for (const path of ['/', '/embed/table.html']) {
      expect(await shiftsWhileLoading(chromium(), path, 1280, 4)).toEqual([]);
    }
  });

  it('come up in the state a URL asks for, without errors', async () => {
    const { page, errors, close } = await openPage(
      chromium(),
      `${baseUrl}/?q=zenk&sort=members:asc&highlight=Zenkoken&step=fork`,
    );
    const table = page.getByRole('table', { name: /Founding unions/ });
    await expect(table.locator('tbody .pin-button').allTextContents()).resolves.toEqual([
      'Zenkokuzei',
      'Zenkoken',
      'Zenkosei',
      'Zenkisho',
      'Zenkenro',
    ]);
    const members = (await table.locator('tbody td.numeric:nth-child(3)').allTextContents()).map((text) =>
      Number(text.replaceAll(',', '')),
    );
    expect(members).toEqual([...members].sort((a, b) => a - b));
    await expect(page.getByRole('columnheader', { name: /Members, 1980/ }).getAttribute('aria-sort')).resolves.toBe(
      'ascending',
    );
    await expect(page.locator('tr.is-highlighted th').textContent()).resolves.toContain('Zenkoken');
    expect(errors).toEqual([]);
    await close();
  });

  it('answer a sort click the moment they say they are interactive, on a slow phone, and the chart and timeline follow', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    await waitForInteractive(page);
    const table = page.getByRole('table', { name: /Founding unions/ });
    const members = table.getByRole('columnheader', { name: /^Members, 1980/ });
    await members.getByRole('button').click();
    await expect(members.getAttribute('aria-sort')).resolves.toBe('descending');
    const order = await table.locator('tbody th[scope="row"] button').allTextContents();
    expect(order.slice(0, 3)).toEqual(['Zenrodo', 'Zenshiho', 'Zenhomu']);
    // The chart and the timeline hydrate right after, and answer too.
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'As the table is sorted' });
    await expect.poll(() => page.locator('.chart-view .bar__label').allTextContents()).toEqual(order);
    await page.getByRole('region', { name: 'Step through the history' }).getByRole('button', { name: /Next/ }).click();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('load neither the site header nor other views in an embed', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/embed/timeline.html`);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(scripts.some((name) => /SiteHeader|FoundingUnionsTable|MembershipChart/.test(name))).toBe(false);
    expect(scripts.some((name) => /Timeline-/.test(name))).toBe(true);
    await close();
  });
});
