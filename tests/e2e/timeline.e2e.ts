import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findSeriousViolations, openPage, saveScreenshot, scrollsSideways, type Theme } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

function timeline(page: Page) {
  return page.getByRole('figure', { name: /Timeline/ });
}

/** Pairs of drawn text boxes (event labels, lane labels, figures) that intersect, as measured by the browser. */
function overlappingLabels(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('svg[role="group"]')
    .evaluate((svg) => {
      const texts = [...svg.querySelectorAll('.timeline-event text, .timeline-lane text, .timeline-point text')];
      const boxes = texts.map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
      const clashes: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const overlap =
            a.box.left < b.box.right - 0.5 &&
            b.box.left < a.box.right - 0.5 &&
            a.box.top < b.box.bottom - 0.5 &&
            b.box.top < a.box.bottom - 0.5;
          if (overlap) clashes.push(`${a.text} / ${b.text}`);
        }),
      );
      return clashes;
    });
}

describe('the timeline in Chromium', () => {
  for (const width of [320, 768, 1280, 1920]) {
    it(`draws no overlapping labels and no sideways page scroll at ${width} px`, async () => {
      const { page, errors, close } = await openPage(chromium(), `${baseUrl}/`, { width, height: 900 });
      await expect(overlappingLabels(page)).resolves.toEqual([]);
      await expect(scrollsSideways(page)).resolves.toBe(false);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('steps through the events by keyboard and puts the step in the URL', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await timeline(page)
      .getByRole('img', { name: /^1 October 1975/ })
      .focus();
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
    const panel = page.getByRole('region', { name: 'Step through the history' });
    await expect(panel.textContent()).resolves.toContain('Event 8 of 10');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('zenroren-founded');
    await page.keyboard.press('ArrowLeft');
    await expect(panel.textContent()).resolves.toContain('Event 7 of 10');
    await close();
  });

  it('keeps the current event in view where it scrolls sideways (320 px), from a link and while stepping', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?step=zenroren-founded`, { width: 320 });
    const frame = page.getByRole('group', { name: 'Timeline, scrolls sideways' });
    const scrolled = () => frame.evaluate((element) => element.scrollLeft);
    await expect.poll(scrolled).toBeGreaterThan(0);
    const atZenroren = await scrolled();
    await page.getByRole('region', { name: 'Step through the history' }).getByRole('button', { name: /Next/ }).click();
    await expect.poll(scrolled).toBeGreaterThan(atZenroren);
    await close();
  });

  it('opens a slide link straight at the fork', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?step=kokko-soren-founded`);
    const panel = page.getByRole('region', { name: 'Step through the history' });
    await expect(panel.textContent()).resolves.toContain('20 October 1989');
    await page.getByRole('button', { name: /Next/ }).click();
    await expect(panel.textContent()).resolves.toContain('Sohyo dissolves');
    await close();
  });

  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    for (const width of [1280, 320]) {
      it(`is axe-clean at ${width} px in the ${theme} theme`, async () => {
        const { page, close } = await openPage(chromium(), `${baseUrl}/?step=kokko-soren-founded&highlight=Zenkisho`, {
          theme,
          width,
          height: 1000,
        });
        await timeline(page)
          .getByRole('img', { name: /^Branch \(disputed\)/ })
          .focus();
        await expect(findSeriousViolations(page)).resolves.toEqual([]);
        await page.locator('#timeline').evaluate((section) => section.scrollIntoView());
        await saveScreenshot(page, `timeline-${width}-${theme}`, false);
        await close();
      });
    }
  }
});
