import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDirectory } from './harness/buildSite';
import { saveScreenshot, waitForInteractive } from './harness/browser';
import { serveDirectory, type StaticServer } from './harness/serveDirectory';
import { startChromium } from './harness/startChromium';

const chromium = startChromium();
const MOUNT = '/kokko-roren/';

// The same build, served from a folder of a host rather than its root (answering 404 outside it).
let server: StaticServer | undefined;
beforeAll(async () => {
  server = await serveDirectory(distDirectory, { mount: MOUNT });
});
afterAll(async () => {
  await server?.close();
});

const PAGES = [
  { path: '', name: 'the explorer' },
  { path: 'embed/chart.html', name: 'the chart embed file' },
  { path: '?view=chart&embed=1', name: 'the chart embed by query' },
] as const;

describe(`the site served under ${MOUNT}, in Chromium`, () => {
  for (const { path, name } of PAGES) {
    it(`loads ${name} with every file found, hydrates, and shares links under ${MOUNT}`, async () => {
      const origin = server?.origin ?? '';
      const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const failed: string[] = [];
      const errors: string[] = [];
      page.on('requestfailed', (request) =>
        failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
      );
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${origin}${MOUNT}${path}`, { waitUntil: 'load' });
      await waitForInteractive(page);
      // The stylesheet applied: the page's own font stack, not the browser's default serif.
      await expect(page.evaluate(() => getComputedStyle(document.body).fontFamily)).resolves.toContain('system-ui');
      const section = page.locator('[data-view="chart"]');
      await section.getByRole('button', { name: 'Share / embed / export' }).click();
      const dialog = page.getByRole('dialog');
      const snippet = await dialog.getByLabel(/Embed snippet/).inputValue();
      expect(snippet).toMatch(new RegExp(`^<iframe src="${origin}${MOUNT}embed/chart\\.html"`));
      await expect(dialog.getByLabel('Link to this view').inputValue()).resolves.toBe(`${origin}${MOUNT}?view=chart`);
      // The export panel is a chunk loaded on demand: it came from the same folder.
      await dialog.getByRole('button', { name: 'Download SVG' }).waitFor();
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((p) => p.endsWith('.js')),
      );
      expect(scripts.length).toBeGreaterThan(2);
      expect(scripts.filter((script) => !script.startsWith(`${MOUNT}assets/`))).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      await saveScreenshot(page, `subpath-${path === '' ? 'explorer' : path.replaceAll(/[^a-z]+/g, '-')}`, false);
      await context.close();
    });
  }
});
