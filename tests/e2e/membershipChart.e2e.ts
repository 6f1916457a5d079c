import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findSeriousViolations, openPage, saveScreenshot, scrollsSideways, type Theme } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

function chart(page: Page) {
  return page.getByRole('figure', { name: /1980 membership/ });
}

describe('the membership chart in Chromium', () => {
  it('shows a tooltip on keyboard focus that stays inside the viewport, and walks bars with arrows', async () => {
    const { page, errors, close } = await openPage(chromium(), `${baseUrl}/`, { width: 360, height: 740 });
    await chart(page).getByRole('img').first().focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.textContent()).resolves.toContain('Zenrodo');
    await page.keyboard.press('End');
    await expect(tooltip.textContent()).resolves.toContain('Membership in 1980: unknown');
    const box = await tooltip.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(
      'Zenzeikan: 744 members',
    );
    await page.keyboard.press('Escape');
    await expect(tooltip.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('fades and announces the unions the table filter leaves out', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`, { reducedMotion: 'reduce' });
    await page.getByRole('searchbox', { name: 'Filter unions' }).fill('judiciary');
    const zenrodo = chart(page).getByRole('img', { name: 'Zenrodo: 19,769 members, filtered out' });
    // The chart follows the table in React's next render, a moment after the keystroke.
    await expect.poll(() => zenrodo.count()).toBe(1);
    const opacity = await zenrodo.locator('.bar__mark').evaluate((mark) => Number(getComputedStyle(mark).opacity));
    expect(opacity).toBeLessThan(0.5);
    const kept = await chart(page)
      .getByRole('img', { name: 'Zenshiho: 14,848 members' })
      .locator('.bar__mark')
      .evaluate((mark) => Number(getComputedStyle(mark).opacity));
    expect(kept).toBe(1);
    await close();
  });

  it('sets the highlight with a click, in the URL and in the table', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await chart(page)
      .getByRole('img', { name: /^Zenkisho/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('highlight')).toBe('Zenkisho');
    await expect(
      page
        .getByRole('table', { name: /Founding unions/ })
        .getByRole('button', { name: 'Zenkisho' })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await close();
  });

  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    for (const width of [1280, 320]) {
      it(`is axe-clean and fits at ${width} px in the ${theme} theme`, async () => {
        const { page, close } = await openPage(chromium(), `${baseUrl}/?q=ministry&highlight=Zenhomu`, {
          theme,
          width,
          height: 900,
        });
        await chart(page)
          .getByRole('img', { name: /^Zenhomu/ })
          .focus();
        await expect(findSeriousViolations(page)).resolves.toEqual([]);
        await expect(scrollsSideways(page)).resolves.toBe(false);
        const svg = await chart(page).locator('svg[role="group"]').boundingBox();
        expect((svg?.x ?? 0) + (svg?.width ?? Infinity)).toBeLessThanOrEqual(width);
        await page.locator('#chart').evaluate((section) => section.scrollIntoView());
        await saveScreenshot(page, `chart-${width}-${theme}`, false);
        await close();
      });
    }
  }
});
