import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForInteractive } from './harness/browser';
import { describeMoves, measureViews, type ViewBoxes } from './harness/measureViews';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

/** The views' boxes on `path` at a viewport size, with scripts off (the prerendered picture) or once hydrated. */
async function boxes(
  browser: Browser,
  path: string,
  width: number,
  height: number,
  scripts: boolean,
): Promise<ViewBoxes> {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: scripts });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  if (scripts) {
    await waitForInteractive(page);
    // Long enough for any resize observer to have fired and React to have drawn again.
    await page.waitForTimeout(300);
  }
  const measured = await page.evaluate(measureViews);
  await context.close();
  return measured;
}

const PAGES: Array<[string, number, number]> = [
  ...[375, 768, 1280, 1920].map((width): [string, number, number] => ['/', width, 900]),
  ...['table', 'chart', 'timeline'].flatMap((view) =>
    [
      [960, 540],
      [1920, 1080],
    ].map(([width = 0, height = 0]): [string, number, number] => [`/embed/${view}.html`, width, height]),
  ),
];

describe('the prerendered picture is the final one', () => {
  it.each(PAGES)(
    '%s at %i×%i px: every view keeps its box and text size through hydration',
    async (path, width, height) => {
      const before = await boxes(chromium(), path, width, height, false);
      const after = await boxes(chromium(), path, width, height, true);
      expect(Object.values(before).some((view) => view !== null)).toBe(true);
      expect(describeMoves(before, after)).toEqual([]);
    },
  );

  it('fills the width it is given: the chart and the timeline are as wide as their frames at 1280 px', async () => {
    const { chart, timeline } = await boxes(chromium(), '/', 1280, 900, false);
    // The label gutter and the value room take the rest of the chart's frame; the timeline's padding is 16 px a side.
    expect(chart?.box[2]).toBeGreaterThan(800);
    expect(timeline?.box[2]).toBeGreaterThan(1000);
  });
});

describe('deep links', () => {
  it.each(['table', 'chart', 'timeline'])('#%s puts its section at the top at 375 and 1280 px', async (view) => {
    for (const width of [375, 1280]) {
      const context = await chromium().newContext({ viewport: { width, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/#${view}`, { waitUntil: 'load' });
      await waitForInteractive(page);
      await page.waitForTimeout(300);
      const top = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? NaN, view);
      expect(Math.abs(top), `#${view} at ${width} px is ${top} px from the top`).toBeLessThanOrEqual(2);
      await context.close();
    }
  });
});
