import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findSeriousViolations, openPage, saveScreenshot } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

const VIEWS = ['table', 'chart', 'timeline'] as const;

async function openPanel(page: Page) {
  await page
    .getByRole('button', { name: /^Share \/ embed/ })
    .first()
    .click();
  await page.locator('.view-tools__body').first().waitFor();
}

describe('single views and embeds in Chromium', () => {
  it('keeps the chart clear of its source line in a frame too small for it (320×700): the frame scrolls instead', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/embed/chart.html`, { width: 320, height: 700 });
    const chartBottom = await page
      .locator('.chart-wrapper svg')
      .first()
      .evaluate((svg) => svg.getBoundingClientRect().bottom);
    const sourceTop = await page
      .locator('.chart-figure .source-line')
      .evaluate((line) => line.getBoundingClientRect().top);
    expect(chartBottom).toBeLessThanOrEqual(sourceTop);
    const labels = await page
      .locator('.bar__label')
      .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect()));
    labels.slice(1).forEach((label, i) => expect(label.top).toBeGreaterThanOrEqual((labels[i]?.bottom ?? 0) - 1));
    await close();
  });

  for (const view of VIEWS) {
    it(`embeds the ${view} alone in a 960×540 frame with no page scrollbars`, async () => {
      const { page, errors, close } = await openPage(chromium(), `${baseUrl}/?view=${view}&embed=1`, {
        width: 960,
        height: 540,
      });
      await page.locator('[data-view-ready]').waitFor();
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      }));
      expect(size.scrollWidth).toBeLessThanOrEqual(960);
      expect(size.scrollHeight).toBeLessThanOrEqual(540);
      await expect(page.locator('.site-header, .site-footer, .view-nav').count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      await expect(page.locator('.source-line').first().textContent()).resolves.toMatch(/^Sources?:/);
      await expect(page.locator('[data-view]').count()).resolves.toBe(1);
      expect(errors).toEqual([]);
      await saveScreenshot(page, `embed-${view}-960x540`, false);
      await close();
    });
  }

  it('paints each embed file from its prerendered HTML, before and without any script', async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false, viewport: { width: 960, height: 540 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/chart.html`);
    await expect(
      page
        .getByRole('figure', { name: /1980 membership/ })
        .getByRole('img')
        .count(),
    ).resolves.toBe(15);
    await page.goto(`${baseUrl}/embed/timeline.html`);
    await expect(
      page
        .getByRole('figure', { name: /Timeline/ })
        .locator('.timeline-branch')
        .count(),
    ).resolves.toBe(2);
    await page.goto(`${baseUrl}/`);
    await expect(
      page
        .getByRole('table', { name: /Founding unions/ })
        .locator('tbody tr')
        .count(),
    ).resolves.toBe(15);
    // Drawn but not hydrated: no view says it is ready.
    await expect(page.locator('[data-view-ready]').count()).resolves.toBe(0);
    await context.close();
  });

  it('loads only the code a view needs: the chart embed does not fetch the table library', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?view=chart&embed=1`);
    await page.locator('[data-view-ready]').waitFor();
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(scripts.some((name) => /FoundingUnionsTable|Timeline-/.test(name))).toBe(false);
    expect(scripts.some((name) => /MembershipChart/.test(name))).toBe(true);
    await close();
  });

  it('downloads a valid, self-contained SVG holding all 15 unions, title and source', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?view=chart&embed=1&q=ministry`, {
      width: 960,
      height: 540,
    });
    await openPanel(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kokko-roren-1980-membership-ministry.svg');
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        bars: doc.querySelectorAll('[aria-label*="members"], [aria-label*="membership unknown"]').length,
        // Styles travel as presentation attributes: a style attribute is what the page's CSP refuses.
        styled: doc.querySelector('.bar__mark') === null && doc.querySelector('rect[fill^="#"]') !== null,
        styleAttributes: doc.querySelectorAll('[style]').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.bars).toBe(15);
    expect(parsed.styled).toBe(true);
    expect(parsed.styleAttributes).toBe(0);
    expect(parsed.text).toContain('Membership in 1980');
    expect(parsed.text).toContain('Source: Japan Federation of National Public Service Employees');
    await close();
  });

  it('downloads a PNG at 2x by default, at least 1600 px wide, and says its size', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?view=chart&embed=1`, { width: 960, height: 540 });
    await openPanel(page);
    const button = page.getByRole('button', { name: /^Download PNG/ });
    const label = (await button.textContent()) ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const png = await readFile(await download.path());
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1600);
    expect(label).toContain(`${width}×${height} px`);
    await close();
  });

  it('builds an embed snippet that carries the current state and works without script', async () => {
    const { page, close } = await openPage(
      chromium(),
      `${baseUrl}/?q=ministry&sort=members:desc&highlight=Zenrodo&theme=dark`,
    );
    await page
      .locator('#chart')
      .getByRole('button', { name: /^Share \/ embed/ })
      .click();
    const snippet = await page
      .locator('#chart')
      .getByLabel(/Embed snippet/)
      .inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/chart\.html\?q=ministry&amp;sort=members%3Adesc&amp;highlight=Zenrodo&amp;theme=dark"/,
    );
    expect(snippet).toContain('title="Membership in 1980"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width:100%');
    expect(snippet).toContain('aspect-ratio:16 / 9');
    await page.locator('#chart').getByRole('radio', { name: '4:3' }).check();
    await expect(
      page
        .locator('#chart')
        .getByLabel(/Embed snippet/)
        .inputValue(),
    ).resolves.toContain('aspect-ratio:4 / 3');
    const link = await page.locator('#chart').getByLabel('Link to this view').inputValue();
    expect(link).toContain('view=chart&q=ministry');
    await close();
  });

  it('tells the host its height when it changes, and takes the theme the host sends', async () => {
    const context = await chromium().newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?unused=host`);
    await page.evaluate((src) => {
      const heights: number[] = [];
      Object.assign(window, { heights });
      window.addEventListener('message', (event) => {
        if (event.data?.type === 'kokko-roren:height') heights.push(event.data.height);
      });
      document.body.innerHTML = '';
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.width = '960px';
      frame.style.height = '540px';
      document.body.append(frame);
    }, `${baseUrl}/embed/chart.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
      .toBeGreaterThan(0);
    const before = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
    await frame.getByText('Show data').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0))
      .toBeGreaterThan(before + 100);
    await page.evaluate(() =>
      document.querySelector('iframe')?.contentWindow?.postMessage({ type: 'kokko-roren:theme', theme: 'dark' }, '*'),
    );
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('dark');
    await context.close();
  });

  for (const view of VIEWS) {
    for (const theme of ['light', 'dark', 'present'] as const) {
      it(`has no serious or critical axe-core violation: ${view} embed, ${theme} theme`, async () => {
        const { page, close } = await openPage(chromium(), `${baseUrl}/?view=${view}&embed=1&theme=${theme}`, {
          width: 960,
          height: 540,
        });
        await page.locator('[data-view-ready]').waitFor();
        await expect(findSeriousViolations(page)).resolves.toEqual([]);
        await close();
      });
    }
  }

  it('prints one view per page with no controls', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/`);
    await page.locator('[data-view-ready]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.view-tools', '.table-toolbar', '.chart-controls', '.timeline-step__nav'].map(
        (selector) => getComputedStyle(document.querySelector(selector) ?? document.body).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    const breaks = await page.evaluate(() =>
      [...document.querySelectorAll('.view-section')].map((section) => getComputedStyle(section).breakBefore),
    );
    expect(breaks).toEqual(['page', 'page', 'page']);
    await close();
  });

  it('uses large type in the present theme: at least 24 px chart labels at 1920 px wide', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/?view=chart&theme=present`, {
      width: 1920,
      height: 1080,
    });
    const labelHeight = await page
      .locator('.bar__label')
      .first()
      .evaluate((label) => label.getBoundingClientRect().height);
    expect(labelHeight).toBeGreaterThanOrEqual(24);
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await close();
  });
});
