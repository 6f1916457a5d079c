import type { Page, Request } from 'playwright-core';

/** A script request's start and end, in milliseconds since the epoch. */
export interface ScriptRequest {
  url: string;
  start: number;
  end: number;
}

/**
 * The serial round trips among `requests`: a request that starts only after another one has ended
 * is (at least) one hop after it. Each request's hop is one more than the highest hop among the
 * requests that ended before it started; the answer is the highest hop, 0 for no request.
 */
export function countHops(requests: readonly ScriptRequest[]): number {
  const hops = new Map<ScriptRequest, number>();
  const byStart = [...requests].sort((a, b) => a.start - b.start);
  for (const request of byStart) {
    let hop = 1;
    for (const [earlier, earlierHop] of hops) {
      if (earlier.end <= request.start) hop = Math.max(hop, earlierHop + 1);
    }
    hops.set(request, hop);
  }
  return Math.max(0, ...hops.values());
}

/**
 * Records every finished .js request of `page` with its start and end (from the browser's own
 * resource timing, so the times are the network's, not the test's). Call before navigating.
 */
export function recordScriptRequests(page: Page): () => ScriptRequest[] {
  const finished: ScriptRequest[] = [];
  page.on('requestfinished', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('.js')) return;
    const timing = request.timing();
    finished.push({ url: url.pathname, start: timing.startTime, end: timing.startTime + timing.responseEnd });
  });
  return () => [...finished];
}

/** When the page's first contentful paint came, in milliseconds since the epoch. */
export function firstPaintTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const paint = await new Promise<PerformanceEntry>((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry === undefined) return;
        observer.disconnect();
        resolve(entry);
      }).observe({ type: 'paint', buffered: true });
    });
    return performance.timeOrigin + paint.startTime;
  });
}
