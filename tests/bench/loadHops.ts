import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/browser';
import { buildSite, distDirectory } from '../e2e/harness/buildSite';
import { findChromium } from '../../build/findChromium';
import { countHops, recordScriptRequests } from '../e2e/harness/scriptHops';
import { serveDirectory } from '../e2e/harness/serveDirectory';
import { median } from './median';
import { STATIC_FLOOR, writeReferencePages } from './referencePages';

/*
 * `npx tsx tests/bench/loadHops.ts`: for the explorer page, over LOADS cold loads at CPU 1x and 4x
 * (taking turns), the serial round trips of the scripts it requests after the first paint (those
 * requested before are part of loading what paints) and the time from the first paint to
 * <html data-interactive>, medians. LATENCY=ms emulates that round-trip latency.
 * Each round also loads the static floor (the same page with no script, tests/bench/referencePages.ts),
 * and the first paints of the two are compared round by round. DIST=path measures another build instead
 * of building this one (to compare with an older build copied aside).
 */
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const SLOWDOWNS = [1, 4];
const PATH = process.env.BENCH_PATH ?? '/';
/** LATENCY=ms adds that round-trip latency to every request (CDP network emulation, no bandwidth limit). */
const LATENCY = Number(process.env.LATENCY ?? 0);

const WATCH = `
  (() => {
    const marks = (window.__hops = {});
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.documentElement?.hasAttribute('data-interactive')) {
        marks.interactive = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
  })();
`;

interface Marks {
  fcp?: number;
  interactive?: number;
}

const directory = process.env.DIST === undefined ? distDirectory : resolve(process.env.DIST);
const chromiumPath = findChromium();
if (process.env.DIST === undefined) await buildSite();
writeReferencePages(directory);
const server = await serveDirectory(directory);
const browser = await launchChromium(chromiumPath);
interface Result {
  hops: number[];
  toInteractive: number[];
  /** First paint of the page minus that of the static floor, per round. */
  paintAfterFloor: number[];
  firstPaint: number[];
  interactive: number[];
}
const results = new Map<number, Result>(
  SLOWDOWNS.map((s) => [s, { hops: [], toInteractive: [], paintAfterFloor: [], firstPaint: [], interactive: [] }]),
);

async function floorPaint(slowdown: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.goto(`${server.origin}${STATIC_FLOOR}`, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __hops: Marks }).__hops.fcp !== undefined);
  const fcp = await page.evaluate(() => (window as unknown as { __hops: Marks }).__hops.fcp ?? Number.NaN);
  await context.close();
  return fcp;
}
try {
  for (let i = 0; i < LOADS; i += 1) {
    for (const slowdown of SLOWDOWNS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(WATCH);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      if (LATENCY > 0) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: LATENCY,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
      }
      const scripts = recordScriptRequests(page);
      await page.goto(`${server.origin}${PATH}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __hops: Marks }).__hops.interactive !== undefined);
      await page.waitForLoadState('networkidle');
      const marks = await page.evaluate(() => (window as unknown as { __hops: Marks }).__hops);
      const origin = await page.evaluate(() => performance.timeOrigin);
      const paint = origin + (marks.fcp ?? Number.NaN);
      const result = results.get(slowdown);
      result?.hops.push(countHops(scripts().filter((request) => request.start >= paint)));
      result?.toInteractive.push((marks.interactive ?? Number.NaN) - (marks.fcp ?? Number.NaN));
      result?.firstPaint.push(marks.fcp ?? Number.NaN);
      result?.interactive.push(marks.interactive ?? Number.NaN);
      await context.close();
      if (LATENCY === 0 && PATH === '/')
        result?.paintAfterFloor.push((marks.fcp ?? Number.NaN) - (await floorPaint(slowdown)));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [slowdown, { hops, toInteractive, paintAfterFloor, firstPaint, interactive }] of results) {
  const floor =
    paintAfterFloor.length > 0
      ? `; first paint after the static floor's, median ${Math.round(median(paintAfterFloor))} ms`
      : '';
  console.log(
    `CPU ${slowdown}x, latency ${LATENCY} ms, ${PATH}: hops after first paint ${hops.join(' ')}; first paint -> interactive median ${Math.round(median(toInteractive))} ms ` +
      `(${toInteractive.map(Math.round).join(' ')}); first paint ${Math.round(median(firstPaint))} ms, interactive ${Math.round(median(interactive))} ms` +
      ` after navigation${floor}`,
  );
}
