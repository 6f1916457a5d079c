import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeSecondDatasetJson } from '../fixtures/secondDataset';
import { findSeriousViolations, openPage, saveScreenshot, scrollsSideways, type Theme } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

/** Opens the explorer and loads the made-up federation through the file chooser, as a historian would. */
async function openWithSecondDataset(width: number, theme: Theme = 'light') {
  const opened = await openPage(chromium(), `${baseUrl}/`, { width, height: 900, theme });
  await opened.page.getByLabel('Load another dataset of the same shape (JSON file)').setInputFiles({
    name: 'made-up.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(makeSecondDatasetJson())),
  });
  await expect
    .poll(() => opened.page.locator('.dataset-loader [aria-live]').textContent())
    .toBe('Loaded made-up.json: 200 unions.');
  return opened;
}

/**
 * Marks and labels of each chart that are outside its frame (the box its exports draw; all a scrolling frame
 * scrolls through counts as inside), and pairs of text boxes in one SVG that intersect, as the
 * browser lays them out.
 */
function findClashes(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll('figure svg[role="group"]')) {
      const frameElement = svg.closest('[data-export-frame]') ?? svg;
      const box = frameElement.getBoundingClientRect();
      const frame = {
        left: box.left - frameElement.scrollLeft,
        top: box.top - frameElement.scrollTop,
        right: box.left - frameElement.scrollLeft + Math.max(box.width, frameElement.scrollWidth),
        bottom: box.top - frameElement.scrollTop + Math.max(box.height, frameElement.scrollHeight),
      };
      const marks = [...svg.querySelectorAll('text, circle, rect, line')].filter((mark) => {
        const markBox = mark.getBoundingClientRect();
        return markBox.width > 0 || markBox.height > 0;
      });
      for (const mark of marks) {
        const m = mark.getBoundingClientRect();
        if (
          m.left < frame.left - 1 ||
          m.right > frame.right + 1 ||
          m.top < frame.top - 1 ||
          m.bottom > frame.bottom + 1
        ) {
          problems.push(`outside: <${mark.tagName}> ${mark.textContent ?? ''}`.trim());
        }
      }
      const texts = marks.filter((mark) => mark.tagName === 'text' && mark.textContent !== '');
      texts.forEach((a, i) => {
        const p = a.getBoundingClientRect();
        for (const b of texts.slice(i + 1)) {
          const q = b.getBoundingClientRect();
          if (p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5) {
            problems.push(`overlap: ${a.textContent} / ${b.textContent}`);
          }
        }
      });
    }
    return problems;
  });
}

/** Table cells whose content runs past their own box into the next column. */
function findSpillingCells(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('table td, table th')].flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      const content = range.getBoundingClientRect();
      const clipped = getComputedStyle(cell).overflowX !== 'visible';
      return !clipped && content.right > box.right + 1 ? [(cell.textContent ?? '').slice(0, 40)] : [];
    }),
  );
}

describe('a second dataset (a made-up federation, 200 unions, two forks, 30 events in 1968) in Chromium', () => {
  for (const width of [320, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`draws every mark and label inside its view, none overlapping, at ${width} px in the ${theme} theme`, async () => {
        const { page, errors, close } = await openWithSecondDataset(width, theme);
        await expect(page.getByRole('figure', { name: /^Timeline of Kakuren, 1947–2024/ }).count()).resolves.toBe(1);
        await expect(
          page.getByRole('figure', { name: /^March 1950 membership of the founding unions/ }).count(),
        ).resolves.toBe(1);
        await expect(findClashes(page)).resolves.toEqual([]);
        await expect(findSpillingCells(page)).resolves.toEqual([]);
        await expect(scrollsSideways(page)).resolves.toBe(false);
        await expect(findSeriousViolations(page)).resolves.toEqual([]);
        expect(errors).toEqual([]);
        await saveScreenshot(page, `second-dataset-${width}-${theme}`);
        await close();
      });
    }
  }

  it('says how many unions the chart leaves out, and draws a union the filter keeps past the 60th', async () => {
    const { page, close } = await openWithSecondDataset(1280);
    const chart = page.getByRole('figure', { name: /membership of the founding unions/ });
    await expect(chart.textContent()).resolves.toContain('Showing 60 of 200 unions');
    await page.getByLabel('Filter unions').fill('KaCens200');
    await expect.poll(() => chart.getByRole('img', { name: /^KaCens200:/ }).count()).toBe(1);
    await expect(chart.getByRole('img', { name: /^KaCens200:/ }).getAttribute('aria-label')).resolves.not.toMatch(
      /filtered out/,
    );
    await close();
  });

  it('gathers the 30 events of 1968 into one marker that opens on a click and is stepped through by keyboard', async () => {
    const { page, close } = await openWithSecondDataset(1280);
    const timeline = page.getByRole('figure', { name: /^Timeline of Kakuren/ });
    const cluster = timeline.getByRole('img', { name: /^30 events in 1968/ });
    await expect(cluster.locator('text').textContent()).resolves.toBe('+30 in 1968');
    await cluster.locator('text').click();
    const panel = page.getByRole('region', { name: 'Step through the history' });
    await expect.poll(() => panel.textContent()).toContain('Event 5 of 45');
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('30 events in 1968');
    await expect(page.getByRole('tooltip').textContent()).resolves.toContain('Emergency meeting 1');
    await cluster.focus();
    for (let i = 0; i < 15; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.textContent()).toContain('The left unions leave');
    await expect(cluster.getAttribute('aria-label')).resolves.toContain('now 16 of 30');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toMatch(
      /^30 events in 1968; now 16 of 30/,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('split-1968');
    await close();
  });
});
