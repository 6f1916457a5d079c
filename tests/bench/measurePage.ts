import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { BAR_COUNT, BAR_SELECTOR, VIEW_SELECTOR, type BenchPage } from './benchPages';

/*
 * Runs in the page before any of its own script. It notes when the page's views, and the
 * chart's 15 bars, are in the DOM and then the time after the next frame, by which they are
 * painted; when the app marks itself interactive; and every layout shift. This measures the
 * real page, the static floor and the client-rendered build alike, without touching their code.
 */
function watchScript(views: number): string {
  return `
  (() => {
    const marks = (window.__bench = { cls: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) marks.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const afterNextFrame = (key) => requestAnimationFrame(() => setTimeout(() => { marks[key] = performance.now(); }, 0));
    const watching = { views: true, bars: true };
    const observer = new MutationObserver(() => {
      if (watching.views && document.querySelectorAll(${JSON.stringify(VIEW_SELECTOR)}).length >= ${views}) {
        watching.views = false;
        afterNextFrame('viewsPainted');
      }
      if (watching.bars && document.querySelectorAll(${JSON.stringify(BAR_SELECTOR)}).length >= ${BAR_COUNT}) {
        watching.bars = false;
        afterNextFrame('barsPainted');
      }
      if (marks.interactive === undefined && document.documentElement?.hasAttribute('data-interactive')) {
        // The app marks <html data-interactive> once hydrated: from then on it answers a click.
        marks.interactive = performance.now();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
  })();
`;
}

export interface LoadTiming {
  firstContentfulPaint: number;
  viewsPainted: number;
  /** NaN on a page without the chart. */
  barsPainted: number;
  /** NaN on a page without script. */
  interactive: number;
  /** Cumulative layout shift from navigation until the page has settled after hydrating. */
  layoutShift: number;
}

interface Marks {
  cls: number;
  fcp?: number;
  viewsPainted?: number;
  barsPainted?: number;
  interactive?: number;
}

/** How long after the last mark layout shifts are still counted: re-layouts after hydration land well within it. */
const SETTLE_MS = 500;

/** One cold load (a fresh browser context, so nothing is cached) at a given CPU slowdown. */
export async function measureLoad(
  browser: Browser,
  origin: string,
  page: BenchPage,
  cpuSlowdown: number,
): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  await tab.addInitScript(watchScript(page.views));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await tab.goto(`${origin}${page.path}`, { waitUntil: 'load' });
  await tab.waitForFunction(
    ({ bars, scripted }) => {
      const marks = (window as unknown as { __bench: Marks }).__bench;
      return (
        marks.fcp !== undefined &&
        marks.viewsPainted !== undefined &&
        (!bars || marks.barsPainted !== undefined) &&
        (!scripted || marks.interactive !== undefined)
      );
    },
    { bars: page.bars, scripted: page.scripted },
    { timeout: 30_000 },
  );
  await tab.waitForTimeout(SETTLE_MS * cpuSlowdown);
  const marks = await tab.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
  await context.close();
  return {
    firstContentfulPaint: marks.fcp ?? Number.NaN,
    viewsPainted: marks.viewsPainted ?? Number.NaN,
    barsPainted: marks.barsPainted ?? Number.NaN,
    interactive: marks.interactive ?? Number.NaN,
    layoutShift: marks.cls,
  };
}

/** The gzipped bytes of every script the page loads (level 9, as a static host would compress it). */
export async function measureScriptBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}
