import { describe, expect, inject, it } from 'vitest';
import { saveScreenshot, waitForInteractive } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

/**
 * Runs in the page: the colours that matter under forced colours, as rgb() strings, with the
 * system colours resolved by probe elements (set from script, which the page's CSP allows).
 */
function readColours() {
  // Opted out of forcing, so the probe's colour is the named system colour itself.
  const probe = (value: string) => {
    const element = document.createElement('span');
    element.style.forcedColorAdjust = 'none';
    element.style.color = value;
    document.body.append(element);
    const resolved = getComputedStyle(element).color;
    element.remove();
    return resolved;
  };
  const style = (selector: string, pseudo?: string) => {
    const element = document.querySelector(selector);
    if (element === null) throw new Error(`no ${selector}`);
    return getComputedStyle(element, pseudo);
  };
  let background = getComputedStyle(document.body).backgroundColor;
  if (background === 'rgba(0, 0, 0, 0)') background = getComputedStyle(document.documentElement).backgroundColor;
  return {
    canvasText: probe('CanvasText'),
    canvas: probe('Canvas'),
    highlight: probe('Highlight'),
    background,
    barLabel: style('.bar__label').fill,
    barValue: style('.bar__value').fill,
    barMark: style('.bar:not(.is-highlighted) .bar__mark').fill,
    highlightedMark: style('.bar.is-highlighted .bar__mark').fill,
    timelineText: style('.timeline-event text').fill,
    staysLine: style('.timeline-branch:not(.timeline-branch--breakaway) .timeline-branch__line').stroke,
    staysDash: style('.timeline-branch:not(.timeline-branch--breakaway) .timeline-branch__line').strokeDasharray,
    leavesLine: style('.timeline-branch--breakaway .timeline-branch__line').stroke,
    leavesDash: style('.timeline-branch--breakaway .timeline-branch__line').strokeDasharray,
    staysSwatch: style('.timeline-legend__continuing', '::before').borderTopColor,
    staysSwatchStyle: style('.timeline-legend__continuing', '::before').borderTopStyle,
    leavesSwatch: style('.timeline-legend__breakaway', '::before').borderTopColor,
    leavesSwatchStyle: style('.timeline-legend__breakaway', '::before').borderTopStyle,
  };
}

/** WCAG 2 contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('forced colours in Chromium', () => {
  it('computes contrast as WCAG does (so the checks below can fail)', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrast('rgb(0, 0, 0)', 'rgb(0, 0, 0)')).toBe(1);
  });

  for (const system of ['light', 'dark'] as const) {
    for (const theme of ['light', 'dark', 'present'] as const) {
      it(`draws the charts in system colours with a ${system} system palette and the ${theme} theme set`, async () => {
        const context = await chromium().newContext({
          forcedColors: 'active',
          colorScheme: system,
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(`${baseUrl}/?theme=${theme}&highlight=Zenrodo`);
        await waitForInteractive(page);
        // The highlight is applied on hydration and fades in (a 200 ms transition): read the colours it ends at.
        await page.waitForFunction(() => document.getAnimations().length === 0);
        await expect(page.evaluate(() => matchMedia('(forced-colors: active)').matches)).resolves.toBe(true);
        const colours = await page.evaluate(readColours);
        expect(colours.background).toBe(colours.canvas);
        // Text, marks and lines are the system's, not the theme's.
        for (const text of [colours.barLabel, colours.barValue, colours.timelineText]) {
          expect(text).toBe(colours.canvasText);
          expect(contrast(text, colours.background)).toBeGreaterThanOrEqual(4.5);
        }
        expect(colours.barMark).toBe(colours.canvasText);
        expect(colours.highlightedMark).toBe(colours.highlight);
        // The two branches differ by their dashes, and the legend shows the same marks.
        expect(colours.staysLine).toBe(colours.canvasText);
        expect(colours.leavesLine).toBe(colours.canvasText);
        expect(colours.staysDash).toBe('none');
        expect(colours.leavesDash).not.toBe('none');
        expect([colours.staysSwatch, colours.staysSwatchStyle]).toEqual([colours.staysLine, 'solid']);
        expect([colours.leavesSwatch, colours.leavesSwatchStyle]).toEqual([colours.leavesLine, 'dashed']);
        await page.locator('[data-view="chart"]').scrollIntoViewIfNeeded();
        await saveScreenshot(page, `forced-colors-${system}-system-${theme}-theme-chart`, false);
        await page.locator('[data-view="timeline"]').scrollIntoViewIfNeeded();
        await saveScreenshot(page, `forced-colors-${system}-system-${theme}-theme-timeline`, false);
        await context.close();
      });
    }
  }
});
