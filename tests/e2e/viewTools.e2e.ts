import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, saveScreenshot } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

/** The chart's SVG (the one export draws), in the page's coordinates, and its section's. */
function measureChart(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      if (element === null) return null;
      const rect = element.getBoundingClientRect();
      return [rect.x + window.scrollX, rect.y + window.scrollY, rect.width, rect.height].map(
        (value) => Math.round(value * 10) / 10,
      );
    };
    return {
      svg: box(document.querySelector('[data-view="chart"] svg[role="group"]')),
      section: box(document.querySelector('[data-view="chart"]')),
      source: box(document.querySelector('[data-view="chart"] .source-line')),
    };
  });
}

const PAGES = [
  { name: 'chart embed at 960×540', url: '/embed/chart.html', width: 960, height: 540 },
  { name: 'explorer at 1280 px', url: '/', width: 1280, height: 800 },
] as const;

describe('Share / embed / export in Chromium: a dialog over the view', () => {
  for (const { name, url, width, height } of PAGES) {
    it(`opens over the ${name} without resizing the chart, traps the keyboard, and closes on Escape`, async () => {
      const { page, errors, close } = await openPage(chromium(), `${baseUrl}${url}`, { width, height });
      const section = page.locator('[data-view="chart"]');
      const opener = section.getByRole('button', { name: 'Share / embed / export' });
      await opener.scrollIntoViewIfNeeded();
      const before = await measureChart(page);
      expect(before.svg?.[3]).toBeGreaterThan(100);
      await opener.click();
      const dialog = page.getByRole('dialog', { name: /^Share \/ embed \/ export: Membership in 1980/ });
      await dialog.getByLabel(/Embed snippet/).waitFor();
      await dialog.getByRole('button', { name: /^Download PNG \(\d+×\d+ px\)$/ }).waitFor();
      expect(await measureChart(page)).toEqual(before);
      await saveScreenshot(page, `share-dialog-${width}`, false);
      // A modal dialog keeps the keyboard: Tab goes round its own controls, and past the last one
      // to the browser's own (the page then has no focused element) but never to the page behind.
      const visits: string[] = [];
      for (let i = 0; i < 16; i += 1) {
        await page.keyboard.press('Tab');
        visits.push(
          await dialog.evaluate((element) => {
            const focused = document.activeElement;
            if (focused === null || focused === document.body) return 'browser';
            return element.contains(focused)
              ? `dialog: ${focused.tagName} ${focused.textContent?.slice(0, 20) ?? ''}`
              : 'page';
          }),
        );
      }
      expect(visits).not.toContain('page');
      // Round and round: the first control is reached again.
      expect(visits.filter((visit) => visit === visits[0]).length).toBeGreaterThan(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect(page.evaluate(() => document.querySelector('dialog[open]') === null)).resolves.toBe(true);
      await expect(opener.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
      expect(await measureChart(page)).toEqual(before);
      expect(errors).toEqual([]);
      await close();
    });

    it(`exports the chart from the ${name} at its size on the page, as the PNG button says`, async () => {
      const { page, close } = await openPage(chromium(), `${baseUrl}${url}`, { width, height });
      const section = page.locator('[data-view="chart"]');
      await section.getByRole('button', { name: 'Share / embed / export' }).scrollIntoViewIfNeeded();
      // The first bar as the page draws it, before the dialog opens.
      const pageBar = await page.locator('[data-view="chart"] .bar__mark').first().boundingBox();
      await section.getByRole('button', { name: 'Share / embed / export' }).click();
      const dialog = page.getByRole('dialog');
      const pngButton = dialog.getByRole('button', { name: /^Download PNG \(\d+×\d+ px\)$/ });
      const label = (await pngButton.textContent()) ?? '';
      const [png] = await Promise.all([page.waitForEvent('download'), pngButton.click()]);
      const bytes = await readFile(await png.path());
      expect(label).toBe(`Download PNG (${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)} px)`);
      // The picture holds the chart as it is on the page, not as it would be beside an open panel.
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download SVG' }).click(),
      ]);
      const text = await readFile(await svg.path(), 'utf8');
      // Its first bar is the size it is on the page (lengths in the file are px).
      const fileBar = await page.evaluate((file) => {
        const bar = new DOMParser()
          .parseFromString(file, 'image/svg+xml')
          .querySelector('[aria-label^="Zenrodo"] rect');
        return [Number(bar?.getAttribute('width')), Number(bar?.getAttribute('height'))];
      }, text);
      expect(fileBar[0]).toBeCloseTo(pageBar?.width ?? 0, 0);
      expect(fileBar[1]).toBeCloseTo(pageBar?.height ?? 0, 0);
      await close();
    });
  }
});
