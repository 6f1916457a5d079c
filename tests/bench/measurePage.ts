import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/*
 * Runs in the page before any of its own script: when the expected number of views are in the
 * DOM it notes the time, then the time after the next frame, by which they are painted. This
 * measures "navigation to views drawn" without touching the app's code.
 */
const WATCH_VIEWS = `
  (() => {
    const expected = Number(new URLSearchParams(location.hash.slice(1)).get('bench-views') || 1);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'first-contentful-paint') window.__fcpAt = entry.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('[data-view-ready]').length < expected) return;
      observer.disconnect();
      window.__viewsInDomAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { window.__viewsDrawnAt = performance.now(); }, 0));
    });
    observer.observe(document, { childList: true, subtree: true });
    // The app marks <html data-interactive> once hydrated: from then on it answers a click.
    // (Observed from the document: <html> may not exist yet when this runs.)
    const ready = new MutationObserver(() => {
      if (!document.documentElement?.hasAttribute('data-interactive')) return;
      ready.disconnect();
      window.__interactiveAt = performance.now();
    });
    ready.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] });
  })();
`;

export interface LoadTiming {
  viewsDrawn: number;
  firstContentfulPaint: number;
  interactive: number;
}

/** One cold load (a fresh browser context, so nothing is cached) at a given CPU slowdown. */
export async function measureLoad(browser: Browser, url: string, views: number, cpuSlowdown: number): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_VIEWS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(`${url}#bench-views=${views}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const marks = window as unknown as { __viewsDrawnAt?: number; __fcpAt?: number; __interactiveAt?: number };
      return marks.__viewsDrawnAt !== undefined && marks.__fcpAt !== undefined && marks.__interactiveAt !== undefined;
    },
    undefined,
    { timeout: 30_000 },
  );
  const timing = await page.evaluate(() => {
    const marks = window as unknown as { __viewsDrawnAt: number; __fcpAt: number; __interactiveAt: number };
    return { viewsDrawn: marks.__viewsDrawnAt, firstContentfulPaint: marks.__fcpAt, interactive: marks.__interactiveAt };
  });
  await context.close();
  return timing;
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
