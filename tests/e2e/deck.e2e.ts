import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadRawDataset } from '../fixtures/loadRawDataset';
import { openPage, saveScreenshot } from './harness/browser';
import { createDeck, serveDeck } from './harness/serveDeck';
import { findTool } from './harness/findTool';
import { findFitProblems, measureOwnHeight } from './harness/slideFit';
import { startChromium } from './harness/startChromium';
import type { StaticServer } from './harness/serveDirectory';

const baseUrl = inject('baseUrl');
const chromium = startChromium();
const ABBREVIATIONS = loadRawDataset().foundingUnions.map((union) => String(union.abbreviation));

const VIEWS = ['table', 'chart', 'timeline'] as const;
const THEMES = ['default', 'present'] as const;
type View = (typeof VIEWS)[number];
type DeckTheme = (typeof THEMES)[number];
const RATIO_LABELS = { '16:9': '16:9 (slides)', auto: 'Auto height, with the script' } as const;

/** The snippets the Share panel gives for each view, in each frame shape, read from the page as a reader would copy them. */
async function copySnippets(
  browser: Browser,
  theme: DeckTheme,
): Promise<Record<View, Record<keyof typeof RATIO_LABELS, string>>> {
  const { page, close } = await openPage(browser, `${baseUrl}/${theme === 'present' ? '?theme=present' : ''}`);
  const snippets = {} as Record<View, Record<keyof typeof RATIO_LABELS, string>>;
  for (const view of VIEWS) {
    const section = page.locator(`#${view}`);
    await section.getByRole('button', { name: /^Share \/ embed/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Share \/ embed/ });
    snippets[view] = { '16:9': '', auto: '' };
    for (const ratio of ['16:9', 'auto'] as const) {
      await dialog.getByRole('radio', { name: RATIO_LABELS[ratio] }).check();
      snippets[view][ratio] = await dialog.getByLabel(/^Embed snippet/).inputValue();
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }
  await close();
  return snippets;
}

/** An article with auto-height embeds, as a blog would hold them. */
function createArticle(snippets: string[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>An article</title>
<style>body { font: 18px/1.5 serif; margin: 0; } main { max-width: 960px; margin: 0 auto; padding: 1rem; }</style>
</head>
<body><main>
<h1>Kokko Roren in an article</h1>
${snippets.map((snippet) => `<p>Text before the embed.</p>\n${snippet}`).join('\n')}
<p>The end.</p>
</main></body>
</html>`;
}

let deckServer: StaticServer | undefined;
let deckOrigin = '';

beforeAll(async () => {
  const snippets = { default: {} as Record<View, string>, present: {} as Record<View, string> };
  const auto: string[] = [];
  for (const theme of THEMES) {
    const copied = await copySnippets(chromium(), theme);
    for (const view of VIEWS) {
      snippets[theme][view] = copied[view]['16:9'];
      auto.push(copied[view].auto);
    }
  }
  deckServer = await serveDeck({
    'default.html': createDeck(VIEWS.map((view) => snippets.default[view])),
    'present.html': createDeck(VIEWS.map((view) => snippets.present[view])),
    'print.html': createDeck(
      VIEWS.map((view) => snippets.default[view]),
      { width: 1280, height: 720 },
    ),
    'article.html': createArticle(auto),
  });
  deckOrigin = deckServer.origin;
  expect(deckOrigin).not.toBe(baseUrl);
}, 60_000);

afterAll(async () => {
  await deckServer?.close();
});

async function openDeck(
  theme: DeckTheme,
  width: number,
  height: number,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await chromium().newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${deckOrigin}/${theme}.html`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady() === true,
  );
  return { page, close: () => context.close() };
}

/** Shows slide `index` and waits until its embed is hydrated. */
async function showSlide(page: Page, index: number): Promise<FrameLocator> {
  await page.evaluate(
    (slide) => (window as unknown as { Reveal: { slide: (h: number) => void } }).Reveal.slide(slide),
    index,
  );
  const frame = page.frameLocator(`.slides > section:nth-child(${index + 1}) iframe`);
  await frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
  return frame;
}

const slideIndex = (page: Page) =>
  page.evaluate(() => (window as unknown as { Reveal: { getIndices: () => { h: number } } }).Reveal.getIndices().h);

const frameUrl = (frame: FrameLocator) => frame.locator('html').evaluate(() => window.location.href);

describe('the embeds in a reveal.js deck on another origin', () => {
  it('brings each auto-height frame to the height of its content, where it stays', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${deckOrigin}/article.html`, { waitUntil: 'load' });
    const frames = page.locator('iframe[data-auto-height]');
    await expect(frames.count()).resolves.toBe(6);
    // Lazy frames load as they come near the viewport, as a reader scrolls.
    for (let index = 0; index < 6; index += 1) {
      await frames.nth(index).scrollIntoViewIfNeeded();
      await frames.nth(index).contentFrame().locator('html[data-interactive]').waitFor({ state: 'attached' });
    }
    await page.waitForTimeout(2000);
    const heights = () =>
      frames.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
    const settled = await heights();
    for (let sample = 0; sample < 6; sample += 1) {
      await page.waitForTimeout(500);
      expect(await heights()).toEqual(settled);
    }
    for (let index = 0; index < 6; index += 1) {
      const { own, hidden } = await frames.nth(index).contentFrame().locator('html').evaluate(measureOwnHeight);
      const height = settled[index] ?? 0;
      expect(hidden, `frame ${index} hides part of its content`).toEqual([]);
      expect(Math.abs(height - own), `frame ${index} is ${height} px for content of ${own} px`).toBeLessThanOrEqual(2);
      // The host script sized it (the snippet's 16:9 alone could match by chance, as a timeline's does).
      const styled = await frames.nth(index).evaluate((element: HTMLElement) => element.style.height);
      expect(styled).toBe(`${height}px`);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'deck-article-auto-height', false);
    await context.close();
  });

  for (const theme of THEMES) {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      it(`shows each embed whole on its 16:9 slide at ${width}×${height}, ${theme} theme`, async () => {
        const { page, close } = await openDeck(theme, width, height);
        for (const [index, view] of VIEWS.entries()) {
          const frame = await showSlide(page, index);
          await page.waitForTimeout(200);
          const box = await page.locator(`.slides > section:nth-child(${index + 1}) iframe`).boundingBox();
          expect(box?.width).toBeCloseTo(width, 0);
          expect(box?.height).toBeCloseTo((width * 9) / 16, 0);
          await expect(
            frame.locator('html').evaluate(findFitProblems),
            `${view} at ${width}×${height}`,
          ).resolves.toEqual([]);
          if (view === 'table') await expect(frame.locator('tbody tr').count()).resolves.toBe(15);
          await saveScreenshot(page, `deck-${theme}-${width}x${height}-${view}`, false);
        }
        await close();
      });
    }
  }

  it('steps the timeline with the arrow keys, hands the keys back on Escape, and moves the deck on PageDown', async () => {
    const { page, close } = await openDeck('default', 1280, 720);
    const chart = await showSlide(page, 1);
    const chartUrl = await frameUrl(chart);
    await chart.getByRole('img', { name: /^Zenrodo/ }).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideIndex(page)).toBe(2);
    expect(await frameUrl(chart)).toBe(chartUrl);

    const timeline = await showSlide(page, 2);
    const timelineUrl = await frameUrl(timeline);
    const count = timeline.locator('.timeline-step__count');
    await expect(count.textContent()).resolves.toBe('Event 1 of 10');
    await timeline.locator('.timeline-event.is-current').focus();
    // Focus alone writes nothing: the URL is written a frame after a change, so give it several.
    await page.waitForTimeout(300);
    expect(await frameUrl(timeline)).toBe(timelineUrl);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => count.textContent()).toBe('Event 2 of 10');
    expect(await slideIndex(page)).toBe(2);
    await expect.poll(() => frameUrl(timeline)).toContain('step=membership-1980');

    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(page)).toBe(3);
    await expect(count.textContent()).resolves.toBe('Event 2 of 10');
    await close();
  });

  it('prints the deck to PDF (reveal.js ?print-pdf), one slide a page, with all 15 unions and every source line', async () => {
    const pdftotext = findTool('pdftotext', 'poppler-utils');
    const outputDirectory = fileURLToPath(new URL('../output/print/', import.meta.url));
    mkdirSync(outputDirectory, { recursive: true });
    const context = await chromium().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${deckOrigin}/print.html?print-pdf`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady() === true,
    );
    // Lazy frames load as they come near the viewport: bring each one in, as printing a page the
    // presenter has scrolled through would.
    const frames = page.locator('iframe');
    await expect(frames.count()).resolves.toBe(3);
    const sourceLines: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      await frames.nth(index).scrollIntoViewIfNeeded();
      const frame = frames.nth(index).contentFrame();
      await frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
      sourceLines.push(...(await frame.locator('.source-line').allTextContents()));
    }
    expect(sourceLines.length).toBeGreaterThanOrEqual(3);
    const file = `${outputDirectory}deck.pdf`;
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    expect(pages).toHaveLength(4);
    const [table = '', chart = '', timeline = ''] = pages.map((text) => text.replace(/\s+/g, ' '));
    for (const abbreviation of ABBREVIATIONS) {
      expect(table).toMatch(new RegExp(`\\b${abbreviation}\\b`));
      expect(chart).toMatch(new RegExp(`\\b${abbreviation}\\b`));
    }
    for (const [text, name] of [
      [table, 'table'],
      [chart, 'chart'],
      [timeline, 'timeline'],
    ] as const) {
      expect(text, `the ${name} slide's source line`).toMatch(/Sources?: /);
    }
    // Every source's title, on the page of its view: the lines end on the slide, not past it.
    const lastWords = sourceLines.map(
      (line) =>
        line
          .replace(/[.\s]+$/, '')
          .split(/\s+/)
          .at(-1) ?? '',
    );
    const printed = pages.join(' ').replace(/\s+/g, '');
    for (const word of lastWords) expect(printed).toContain(word.replace(/[()]/g, ''));
    execFileSync('pdftoppm', ['-png', '-r', '50', file, `${outputDirectory}deck`]);
    await context.close();
  });
});
