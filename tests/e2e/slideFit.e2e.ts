import { describe, expect, inject, it } from 'vitest';
import { saveScreenshot, waitForInteractive } from './harness/browser';
import { findFitProblems } from './harness/slideFit';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

const VIEWS = ['table', 'chart', 'timeline'] as const;
const SIZES = [
  [960, 540],
  [1280, 720],
  [1920, 1080],
] as const;

/** Each embed, by its own file and by `?view=…&embed=1`, in a whole 16:9 frame (the viewport). */
describe('each embed shown whole in a 16:9 frame', () => {
  for (const theme of ['default', 'present'] as const) {
    for (const [width, height] of SIZES) {
      it(`fits at ${width}×${height}, ${theme} theme`, async () => {
        const context = await chromium().newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const query = theme === 'present' ? 'theme=present' : '';
        for (const view of VIEWS) {
          for (const url of [`${baseUrl}/embed/${view}.html?${query}`, `${baseUrl}/?view=${view}&embed=1&${query}`]) {
            await page.goto(url, { waitUntil: 'load' });
            await waitForInteractive(page);
            await page.waitForTimeout(100);
            const problems = await page.evaluate(findFitProblems);
            // The table shows every row at slide sizes; at 960×540 it may scroll its rows (under its header).
            const allowed =
              view === 'table' && width === 960
                ? problems.filter((problem) => !problem.startsWith('div.table-scroll scrolls'))
                : problems;
            expect(allowed, `${url} at ${width}×${height}`).toEqual([]);
          }
          await saveScreenshot(page, `slide-${theme}-${width}x${height}-${view}`, false);
        }
        await context.close();
      });
    }
  }

  it('keeps the table header and source line in view where the frame is too small for every row (800×360)', async () => {
    const context = await chromium().newContext({ viewport: { width: 800, height: 360 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/table.html`, { waitUntil: 'load' });
    await waitForInteractive(page);
    const scroller = page.locator('.table-scroll');
    const sizes = await scroller.evaluate((element) => ({
      scroll: element.scrollHeight,
      client: element.clientHeight,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await scroller.evaluate((element) => element.scrollBy(0, 200));
    const inView = await page.evaluate(() => {
      const visible = (element: Element | null) => {
        if (element === null) return false;
        const box = element.getBoundingClientRect();
        const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return box.top >= 0 && box.bottom <= window.innerHeight && atCentre !== null && element.contains(atCentre);
      };
      return {
        header: visible(document.querySelector('thead th:nth-child(2)')),
        source: visible(document.querySelector('.source-line')),
      };
    });
    expect(inView).toEqual({ header: true, source: true });
    await saveScreenshot(page, 'slide-table-800x360-scrolled', false);
    await context.close();
  });
});
