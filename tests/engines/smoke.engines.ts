import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEmbedSnippet } from '@/app/createEmbedSnippet';
import { createViewUrl, DEFAULT_URL_STATE } from '@/app/urlState';
import { NO_SCRIPT_PREFIX } from '../e2e/harness/serveDirectory';
import { describeMoves, measureViews, type ViewBoxes } from '../e2e/harness/measureViews';
import { createDeck, serveDeck } from '../e2e/harness/serveDeck';
import { findFitProblems } from '../e2e/harness/slideFit';
import type { StaticServer } from '../e2e/harness/serveDirectory';
import type { EngineName, EngineSession, Viewport } from './harness/EngineSession';
import type { Target } from './harness/pageScripts';
import { startEngine } from './harness/startEngine';

const baseUrl = inject('baseUrl');
const ENGINES: EngineName[] = ['firefox', 'webkit'];

const unionTable: Target = { role: 'table', name: /Founding unions/ };
const rowAbbreviations: Target = { css: 'tbody th[scope="row"] button', within: unionTable };
const membersHeader: Target = { role: 'columnheader', name: 'Members, 1980', within: unionTable };
const membersButton: Target = { role: 'button', name: 'Members, 1980', within: membersHeader };
const chart: Target = { role: 'figure', name: /1980 membership/ };
const timeline: Target = { role: 'figure', name: /Timeline/ };
const stepPanel: Target = { role: 'region', name: 'Step through the history' };

/** Repeated messages once each, with how many times they came: `message (×40)`. */
function tally(messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => (count === 1 ? message : `${message} (×${count})`));
}

/** No console error and no Content-Security-Policy violation in the page so far. */
async function expectCleanPage(session: EngineSession) {
  const record = await session.record();
  expect.soft(tally(record.errors), 'console errors').toEqual([]);
  expect.soft(tally(record.csp), 'CSP violations').toEqual([]);
}

/** Files in the download folder whose download has finished (Firefox writes `.part` files on the way). */
function finishedDownloads(directory: string): string[] {
  return readdirSync(directory).filter((name) => !name.endsWith('.part'));
}

describe.each(ENGINES)('smoke test in %s', (engine) => {
  const browser = startEngine(engine);

  it('notices a console error and a CSP violation when a page has them (so the checks below can fail)', async () => {
    const session = browser();
    await session.open(`${baseUrl}/embed/table.html`);
    await session.evaluate(
      '(console.error("probe: console error"), document.body.setAttribute("style", "outline: 1px solid red"))',
    );
    await expect
      .poll(async () => (await session.record()).errors.some((error) => error.includes('probe: console error')))
      .toBe(true);
    await expect
      .poll(async () => (await session.record()).csp.some((violation) => violation.startsWith('style-src-attr')))
      .toBe(true);
  });

  it('loads the explorer at 1280 and 320 px with all three views, no console error and no CSP violation', async () => {
    const session = browser();
    for (const width of [1280, 320]) {
      await session.open(`${baseUrl}/`, { width, height: 800 });
      await expect(session.count(rowAbbreviations)).resolves.toBe(15);
      await expect(session.count({ role: 'img', within: chart })).resolves.toBe(15);
      await expect(session.count(timeline)).resolves.toBe(1);
      await expect(session.evaluate('window.innerWidth')).resolves.toBe(width);
      await session.screenshot(`engines-${engine}-explorer-${width}`);
      await expectCleanPage(session);
    }
  });

  it('sorts the table by a header click: members high to low, then low to high, with aria-sort', async () => {
    const session = browser();
    await session.open(`${baseUrl}/`);
    await expect(session.attribute(membersHeader, 'aria-sort')).resolves.toBe('none');
    const sourceOrder = await session.texts(rowAbbreviations);
    await session.click(membersButton);
    await expect.poll(() => session.attribute(membersHeader, 'aria-sort')).toBe('descending');
    const descending = await session.texts(rowAbbreviations);
    expect(descending).not.toEqual(sourceOrder);
    expect(descending.slice(0, 3)).toEqual(['Zenrodo', 'Zenshiho', 'Zenhomu']);
    expect(descending.at(-1)).toBe('Zenunyu');
    await session.click(membersButton);
    await expect.poll(() => session.attribute(membersHeader, 'aria-sort')).toBe('ascending');
    const ascending = await session.texts(rowAbbreviations);
    expect(ascending.slice(0, 2)).toEqual(['Zenzeikan', 'Zengyokan']);
    expect(ascending.at(-1)).toBe('Zenunyu');
    await expectCleanPage(session);
  });

  it('filters the table as the user types, and says how many unions are left', async () => {
    const session = browser();
    await session.open(`${baseUrl}/`);
    const status: Target = { role: 'status', within: { css: '.table-toolbar' } };
    await expect(session.text(status)).resolves.toMatch(/^15 of 15 unions/);
    await session.type({ role: 'searchbox', name: 'Filter unions' }, 'workers');
    await expect.poll(() => session.text(status)).toMatch(/^6 of 15 unions/);
    await expect(session.count(rowAbbreviations)).resolves.toBe(6);
    // The URL is written just after the next frame is painted.
    await expect.poll(() => session.evaluate('new URL(location.href).searchParams.get("q")')).toBe('workers');
    await expectCleanPage(session);
  });

  it('shows a bar tooltip on keyboard focus', async () => {
    const session = browser();
    await session.open(`${baseUrl}/`);
    const tooltip: Target = { role: 'tooltip' };
    await expect(session.count(tooltip)).resolves.toBe(0);
    await session.focus({ role: 'img', name: 'Zenrodo: 19,769 members', within: chart });
    await expect.poll(() => session.text(tooltip)).toContain('Zenrodo');
    await expect(session.text(tooltip)).resolves.toContain('19,769');
    await session.screenshot(`engines-${engine}-chart-tooltip`);
    await expectCleanPage(session);
  });

  it('steps through the timeline with Next and with ArrowRight on the current event', async () => {
    const session = browser();
    await session.open(`${baseUrl}/?step=kokko-soren-founded`);
    const stepText: Target = { css: '.timeline-step__body', within: stepPanel };
    const atFork = await session.text(stepText);
    expect(atFork).toContain('20 October 1989');
    await session.click({ role: 'button', name: 'Next', within: stepPanel });
    await expect.poll(() => session.text(stepText)).not.toBe(atFork);
    const afterNext = await session.text(stepText);
    expect(afterNext).toContain('Sohyo dissolves');
    await session.focus({ css: '.timeline-event.is-current', within: timeline });
    await session.press('ArrowRight');
    await expect.poll(() => session.text(stepText)).not.toBe(afterNext);
    await expect(session.text({ css: '.timeline-step__count', within: stepPanel })).resolves.toMatch(
      /^Event \d+ of \d+$/,
    );
    await expectCleanPage(session);
  });

  const EMBEDS: Array<{ view: string; shows: Target; expected: number }> = [
    { view: 'table', shows: rowAbbreviations, expected: 15 },
    { view: 'chart', shows: { role: 'img', within: chart }, expected: 15 },
    { view: 'timeline', shows: { css: '.timeline-branch', within: timeline }, expected: 2 },
  ];
  for (const { view, shows, expected } of EMBEDS) {
    it(`loads embed/${view}.html with its view alone and no error`, async () => {
      const session = browser();
      await session.open(`${baseUrl}/embed/${view}.html`, { width: 960, height: 540 });
      await expect(session.count(shows)).resolves.toBe(expected);
      await expect(session.count({ css: '[data-view]' })).resolves.toBe(1);
      await expect(session.count({ css: '.site-header, .site-footer' })).resolves.toBe(0);
      await session.screenshot(`engines-${engine}-embed-${view}`);
      await expectCleanPage(session);
    });
  }

  it('downloads the chart as SVG from the Share / embed panel', async () => {
    const session = browser();
    const directory = session.downloadDirectory;
    for (const name of readdirSync(directory)) rmSync(join(directory, name), { force: true });
    await session.open(`${baseUrl}/?q=ministry`);
    await session.click({ css: '[data-view="chart"] .view-tools__open' });
    await session.click({ role: 'button', name: 'Download SVG', within: { css: '[data-view="chart"]' } });
    await expect
      .poll(() => session.text({ role: 'status', within: { css: '[data-view="chart"] .export-buttons' } }), {
        timeout: 10_000,
      })
      .toBe('Saved kokko-roren-1980-membership-ministry.svg.');
    await expect
      .poll(() => finishedDownloads(directory), { timeout: 10_000 })
      .toEqual(['kokko-roren-1980-membership-ministry.svg']);
    const file = join(directory, 'kokko-roren-1980-membership-ministry.svg');
    await expect.poll(() => readFileSync(file, 'utf8').endsWith('</svg>'), { timeout: 10_000 }).toBe(true);
    const svg = readFileSync(file, 'utf8');
    expect(svg.slice(0, 200)).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Zenrodo: 19,769 members');
    await expectCleanPage(session);
    // The file opened on its own in this engine: a picture of all 15 unions, inside its own box.
    await session.open(`file://${file}`, { width: 1280, height: 900 }, { hydrated: false });
    await expect(session.count({ css: 'svg [role="img"]' })).resolves.toBe(15);
    const outside = await session.evaluate(`(() => {
      const root = document.documentElement.getBoundingClientRect();
      return [...document.querySelectorAll('svg rect, svg line, svg path, svg text, svg circle')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width + box.height > 0 && (box.left < root.left - 0.5 || box.right > root.right + 0.5 || box.top < root.top - 0.5 || box.bottom > root.bottom + 0.5))
        .length;
    })()`);
    expect(outside).toBe(0);
    await session.screenshot(`engines-${engine}-exported-svg`);
  });

  it('downloads the chart as a PNG in its colours (the bar colour on at least 5% of the pixels), a slide and a PowerPoint file', async () => {
    const session = browser();
    const directory = session.downloadDirectory;
    for (const name of readdirSync(directory)) rmSync(join(directory, name), { force: true });
    await session.open(`${baseUrl}/`);
    const fill = String(
      await session.evaluate('getComputedStyle(document.querySelector("[data-view=chart] .bar__mark")).fill'),
    );
    const bar = (/^rgb\((\d+), (\d+), (\d+)\)$/.exec(fill) ?? []).slice(1).map(Number);
    expect(bar, `bar fill ${fill}`).toHaveLength(3);
    await session.click({ css: '[data-view="chart"] .view-tools__open' });
    await session.click({ role: 'button', name: /^Download PNG/, within: { css: '[data-view="chart"]' } });
    await expect
      .poll(() => finishedDownloads(directory), { timeout: 10_000 })
      .toEqual(['kokko-roren-1980-membership.png']);
    const file = join(directory, 'kokko-roren-1980-membership.png');
    // Firefox names the file before it has written all of it: wait for the PNG's last chunk.
    await expect.poll(() => readFileSync(file).subarray(-8, -4).toString('latin1'), { timeout: 10_000 }).toBe('IEND');
    const png = PNG.sync.read(readFileSync(file));
    let coloured = 0;
    for (let index = 0; index < png.data.length; index += 4) {
      if (bar.every((value, channel) => Math.abs((png.data[index + channel] ?? 0) - value) <= 8)) coloured += 1;
    }
    expect(coloured / (png.width * png.height)).toBeGreaterThanOrEqual(0.05);
    // The slide and the PowerPoint file are made in this engine too, with nothing the CSP refuses.
    await session.click({ role: 'button', name: /^Download slide/, within: { css: '[data-view="chart"]' } });
    await expect
      .poll(() => finishedDownloads(directory), { timeout: 10_000 })
      .toContain('kokko-roren-1980-membership-slide.png');
    await session.click({ role: 'button', name: /^Download PowerPoint/, within: { css: '[data-view="chart"]' } });
    const status: Target = {
      role: 'status',
      within: { css: '[data-view="chart"] .view-tools__body > .export-buttons:last-child' },
    };
    await expect.poll(() => session.text(status), { timeout: 30_000 }).toBe('Saved kokko-roren-slides.pptx.');
    await expect.poll(() => finishedDownloads(directory), { timeout: 20_000 }).toContain('kokko-roren-slides.pptx');
    await expect
      .poll(() => readFileSync(join(directory, 'kokko-roren-slides.pptx')).subarray(0, 2).toString('latin1'))
      .toBe('PK');
    await expectCleanPage(session);
  });

  it('paints the final picture first: each view keeps its box and text size through hydration', async () => {
    const session = browser();
    const pages: Array<[string, Viewport]> = [
      ...[375, 768, 1280, 1920].map((width): [string, Viewport] => ['/', { width, height: 900 }]),
      ...['table', 'chart', 'timeline'].flatMap((view) =>
        [
          { width: 960, height: 540 },
          { width: 1920, height: 1080 },
        ].map((viewport): [string, Viewport] => [`/embed/${view}.html`, viewport]),
      ),
    ];
    const measure = async () => (await session.evaluate(`(${measureViews.toString()})()`)) as ViewBoxes;
    for (const [path, viewport] of pages) {
      await session.open(`${baseUrl}${NO_SCRIPT_PREFIX}${path}`, viewport, { hydrated: false });
      const before = await measure();
      await session.open(`${baseUrl}${path}`, viewport);
      await new Promise((done) => setTimeout(done, 300));
      const after = await measure();
      expect(
        Object.values(before).some((view) => view !== null),
        `${path} drew nothing`,
      ).toBe(true);
      expect.soft(describeMoves(before, after), `${path} at ${viewport.width}×${viewport.height}`).toEqual([]);
    }
  });

  it('lands a deep link (#table, #chart, #timeline) with its section at the top', async () => {
    const session = browser();
    for (const view of ['table', 'chart', 'timeline']) {
      await session.open(`${baseUrl}/#${view}`, { width: 375, height: 740 });
      await new Promise((done) => setTimeout(done, 300));
      const top = Number(
        await session.evaluate(`document.getElementById(${JSON.stringify(view)}).getBoundingClientRect().top`),
      );
      expect.soft(Math.abs(top), `#${view} is ${top} px from the top`).toBeLessThanOrEqual(2);
    }
  });

  describe("in a reveal.js deck on another origin, with the README's host lines", () => {
    let deck: StaticServer | undefined;
    beforeAll(async () => {
      // The snippets the Share panel gives (16:9, the default), made by the panel's own functions.
      const snippets = (['table', 'chart', 'timeline'] as const).map((view) =>
        createEmbedSnippet(createViewUrl(`${baseUrl}/`, view, DEFAULT_URL_STATE, true), `Kokko Roren ${view}`),
      );
      deck = await serveDeck({ 'deck.html': createDeck(snippets) });
    });
    afterAll(async () => {
      await deck?.close();
    });

    const slideIndex = (session: EngineSession) => session.evaluate('Reveal.getIndices().h');
    /** Shows slide `index` and goes into its embed, once that is hydrated. */
    async function enterSlide(session: EngineSession, index: number) {
      await session.enterFrame(null);
      await session.evaluate(`Reveal.slide(${index})`);
      await session.enterFrame({ css: `.slides > section:nth-child(${index + 1}) iframe` });
      await expect
        .poll(() => session.evaluate('document.documentElement.hasAttribute("data-interactive")'), { timeout: 15_000 })
        .toBe(true);
    }

    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      it(`shows each embed whole on its 16:9 slide at ${viewport.width}×${viewport.height}: no scrollbar, nothing clipped, title and source in view`, async () => {
        const session = browser();
        await session.open(`${deck?.origin ?? ''}/deck.html`, viewport, { hydrated: false });
        await expect.poll(() => session.evaluate('typeof Reveal !== "undefined" && Reveal.isReady()')).toBe(true);
        for (const [index, view] of ['table', 'chart', 'timeline'].entries()) {
          await enterSlide(session, index);
          await new Promise((done) => setTimeout(done, 200));
          await expect(
            session.evaluate(`(${findFitProblems.toString()})()`),
            `${view} at ${viewport.width}×${viewport.height}`,
          ).resolves.toEqual([]);
          if (view === 'table') await expect(session.count(rowAbbreviations)).resolves.toBe(15);
          await session.enterFrame(null);
          await session.screenshot(`engines-${engine}-deck-${viewport.width}x${viewport.height}-${view}`);
        }
      });
    }

    it('steps the timeline with →, gives the keys back to the deck on Escape, and moves the deck on PageDown', async () => {
      const session = browser();
      await session.open(`${deck?.origin ?? ''}/deck.html`, { width: 1280, height: 720 }, { hydrated: false });
      await expect.poll(() => session.evaluate('typeof Reveal !== "undefined" && Reveal.isReady()')).toBe(true);

      await enterSlide(session, 1);
      const chartUrl = await session.evaluate('location.href');
      // As a presenter would: a click into the frame (WebKit lets no cross-origin frame take the
      // focus by script alone).
      await session.click({ role: 'heading', name: 'Membership in 1980' });
      // The focus is in the frame (the host's active element is the frame), so the key goes there.
      // It reaches a frame of another origin, another process, a moment after the click.
      await session.enterFrame(null);
      await expect.poll(() => session.evaluate('document.activeElement.tagName')).toBe('IFRAME');
      await session.press('PageDown');
      await expect.poll(() => slideIndex(session)).toBe(2);

      await enterSlide(session, 2);
      const count: Target = { css: '.timeline-step__count', within: stepPanel };
      await expect(session.text(count)).resolves.toBe('Event 1 of 10');
      await session.click({ role: 'heading', name: 'From 1975 to 2019' });
      await session.focus({ css: '.timeline-event.is-current', within: timeline });
      await expect.poll(() => session.evaluate('document.activeElement.matches(".timeline-event")')).toBe(true);
      await session.press('ArrowRight');
      await expect.poll(() => session.text(count)).toBe('Event 2 of 10');
      await session.enterFrame(null);
      expect(await slideIndex(session)).toBe(2);
      await session.screenshot(`engines-${engine}-deck-timeline`);

      await expect.poll(() => session.evaluate('document.activeElement.tagName')).toBe('IFRAME');
      await session.press('Escape');
      // The host's own document has the focus again, not the frame.
      await expect.poll(() => session.evaluate('document.activeElement.tagName')).toBe('BODY');
      await session.press('ArrowRight');
      await expect.poll(() => slideIndex(session)).toBe(3);
      await enterSlide(session, 1);
      // Clicking into the embed and leaving by a deck key wrote nothing to its address.
      await expect(session.evaluate('location.href')).resolves.toBe(chartUrl);
      await session.enterFrame(null);
      await expectCleanPage(session);
    });
  });
});
