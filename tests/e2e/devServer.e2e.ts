import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from './harness/buildSite';
import { openPage } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();
const PAGES = ['', 'embed/table.html', 'embed/chart.html', 'embed/timeline.html', '?view=chart&embed=1'];

let server: ViteDevServer;
let devUrl = '';

// `npm start`'s server, on a free port: what a contributor works on.
beforeAll(async () => {
  server = await createServer({ root: projectRoot, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  devUrl = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => server.close());

/** What a reader is given: the page's title, its headings and the roles of what it shows, in order. */
async function describeShown(url: string) {
  const { page, errors, close } = await openPage(chromium(), url);
  const shown = await page.evaluate(() => ({
    title: document.title,
    page: document.getElementById('root')?.dataset.page,
    headings: [...document.querySelectorAll('h1, h2')].map((heading) => heading.textContent?.trim()),
    views: [...document.querySelectorAll('table, figure')].map(
      (view) => view.getAttribute('aria-labelledby') ?? view.tagName,
    ),
  }));
  await close();
  return { shown, errors };
}

describe('the dev server', () => {
  it.each(PAGES)('serves /%s as the build does: the same page, hydrated without an error', async (path) => {
    const dev = await describeShown(`${devUrl}/${path}`);
    const built = await describeShown(`${baseUrl}/${path}`);
    expect(dev.errors).toEqual([]);
    expect(dev.shown).toEqual(built.shown);
    expect(dev.shown.headings.length).toBeGreaterThan(0);
  });

  it('answers a path that is no page with a 404, not the explorer', async () => {
    for (const path of ['embed/nope.html', 'nope', 'embed/']) {
      const response = await fetch(`${devUrl}/${path}`);
      expect(response.status, path).toBe(404);
      await expect(response.text()).resolves.not.toContain('id="root"');
    }
  });
});
