import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadRawDataset } from '../fixtures/loadRawDataset';
import { openPage } from './harness/browser';
import { findTool } from './harness/findTool';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();
const outputDirectory = fileURLToPath(new URL('../output/exports/', import.meta.url));

const THEMES = ['light', 'dark', 'present'] as const;
const ABBREVIATIONS = loadRawDataset().foundingUnions.map((union) => String(union.abbreviation));
const VIEWS = [
  { view: 'chart', label: 'Share / embed / export' },
  { view: 'timeline', label: 'Share / embed / export' },
] as const;

/** Clicks `name` in the open Share dialog of `view` and gives back the downloaded file and its label. */
async function download(page: Page, view: string, name: RegExp) {
  const section = page.locator(`[data-view="${view}"]`);
  if (!(await page.getByRole('dialog').isVisible()))
    await section.getByRole('button', { name: 'Share / embed / export' }).click();
  const button = page.getByRole('dialog').getByRole('button', { name });
  const label = (await button.textContent()) ?? '';
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { bytes: await readFile(await file.path()), label, name: file.suggestedFilename() };
}

/**
 * Share of pixels of `a` that no pixel of `b` at the same place or one pixel away matches within
 * `tolerance` in every channel: two renderers place a glyph's edge or a line's baseline up to a
 * pixel apart (hinting, anti-aliasing), which is no difference a reader sees.
 */
function differingShare(a: Uint8Array, b: Uint8Array, width: number, tolerance = 64): number {
  const height = a.length / 4 / width;
  const matches = (index: number, other: number) =>
    [0, 1, 2].every((channel) => Math.abs((a[index + channel] ?? 0) - (b[other + channel] ?? 0)) <= tolerance);
  let differing = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = (y * width + x) * 4;
      let found = false;
      for (let dy = -1; dy <= 1 && !found; dy += 1) {
        for (let dx = -1; dx <= 1 && !found; dx += 1) {
          const [nx, ny] = [x + dx, y + dy];
          if (nx >= 0 && ny >= 0 && nx < width && ny < height) found = matches(index, (ny * width + nx) * 4);
        }
      }
      if (!found) differing += 1;
    }
  }
  return differing / (width * height);
}

describe('exports, opened by other renderers', () => {
  it('tells two different pictures apart (so the comparisons below can fail)', () => {
    // 10 × 10 pixels: white; white with its top 5 rows black; and with its top 6 rows black.
    const white = new Uint8Array(400).fill(255);
    const black = (rows: number) =>
      Uint8Array.from(white, (value, index) => (index < rows * 40 && index % 4 !== 3 ? 0 : value));
    expect(differingShare(white, white, 10)).toBe(0);
    expect(differingShare(black(5), white, 10)).toBe(0.5);
    // An edge one pixel lower is no difference; two pixels lower is.
    expect(differingShare(black(5), black(6), 10)).toBe(0);
    expect(differingShare(black(6), black(4), 10)).toBe(0.1);
  });

  for (const theme of THEMES) {
    for (const { view } of VIEWS) {
      it(`exports the ${view} in the ${theme} theme as an SVG that resvg draws as Chromium does, all inside the picture, and a 1920×1080 slide`, async () => {
        mkdirSync(outputDirectory, { recursive: true });
        const { page, close } = await openPage(chromium(), `${baseUrl}/?theme=${theme}`, { width: 1280, height: 900 });
        const svg = await download(page, view, /^Download SVG$/);
        const text = svg.bytes.toString('utf8');
        writeFileSync(`${outputDirectory}${view}-${theme}.svg`, text);
        // Only what every renderer reads: no CSS of the page, no style attribute, no transparent rgba().
        expect(text).not.toMatch(/rgba\(|var\(|light-dark\(|style="|class="/);
        // No nested <svg> (a viewport some tools clip to), and lengths in px, as the browser
        // resolved them: some tools misread em and %.
        expect(text.match(/<svg[\s>]/g)).toHaveLength(1);
        expect(text).not.toMatch(/ (x|y|x1|x2|y1|y2|width|height|dx|dy)="[^"]*(em|%)"/);
        expect(text).toMatch(
          /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*font-family="[^"]*'Noto Sans CJK JP'[^"]*, sans-serif"/,
        );

        const slide = await download(page, view, /^Download slide/);
        writeFileSync(`${outputDirectory}${view}-${theme}-slide.png`, slide.bytes);
        expect([slide.bytes.readUInt32BE(16), slide.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
        expect(slide.label).toBe('Download slide (PNG, 1920×1080 px)');
        await close();

        // The file on its own in Chromium: strict XML, and every element's box inside the picture.
        const width = Number(/width="(\d+)"/.exec(text)?.[1]);
        const height = Number(/height="(\d+)"/.exec(text)?.[1]);
        const context = await chromium().newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
        const alone = await context.newPage();
        await alone.goto(`data:image/svg+xml;base64,${svg.bytes.toString('base64')}`);
        const outside = await alone.evaluate(() => {
          if (document.querySelector('parsererror') !== null) return ['not well-formed XML'];
          const root = document.documentElement.getBoundingClientRect();
          return [...document.querySelectorAll('svg *:not(g, svg, title, desc, defs, pattern, pattern *)')]
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(
              ({ box }) =>
                (box.width > 0 || box.height > 0) &&
                (box.left < root.left - 0.5 ||
                  box.top < root.top - 0.5 ||
                  box.right > root.right + 0.5 ||
                  box.bottom > root.bottom + 0.5),
            )
            .map(
              ({ element, box }) =>
                `${element.tagName} "${element.textContent?.slice(0, 30) ?? ''}" at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
            );
        });
        expect(outside).toEqual([]);
        const browserPng = PNG.sync.read(await alone.screenshot({ clip: { x: 0, y: 0, width, height } }));
        await context.close();

        const rendered = new Resvg(text, {
          font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
        }).render();
        writeFileSync(`${outputDirectory}${view}-${theme}-resvg.png`, rendered.asPng());
        expect([rendered.width, rendered.height]).toEqual([width, height]);
        writeFileSync(`${outputDirectory}${view}-${theme}-chromium.png`, PNG.sync.write(browserPng));
        const share = differingShare(browserPng.data, rendered.pixels, width);
        expect(share, `${(share * 100).toFixed(2)}% of pixels differ`).toBeLessThanOrEqual(0.01);
      });
    }
  }

  it('downloads a PowerPoint file, a slide per view as shown, that LibreOffice opens with the chart values intact', async () => {
    mkdirSync(outputDirectory, { recursive: true });
    const { page, close } = await openPage(chromium(), `${baseUrl}/?sort=members:desc`, { width: 1280, height: 900 });
    const tableOrder = await page.locator('[data-view="table"] tbody th[scope="row"] button').allTextContents();
    const chartOrder = await page.locator('[data-view="chart"] .chart-data tbody th').allTextContents();
    const barFill = await page
      .locator('[data-view="chart"] .bar__mark')
      .first()
      .evaluate((mark) => getComputedStyle(mark).fill);
    const barHex = [...barFill.matchAll(/\d+/g)]
      .map((match) => Number(match[0]).toString(16).padStart(2, '0'))
      .join('');
    const pptx = await download(page, 'chart', /^Download PowerPoint/);
    await close();
    expect(pptx.name).toBe('kokko-roren-slides.pptx');
    const file = `${outputDirectory}slides.pptx`;
    writeFileSync(file, pptx.bytes);

    const zip = await JSZip.loadAsync(pptx.bytes);
    const names = Object.keys(zip.files);
    const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
    expect(names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(3);
    // The table slide: a native table, its rows in the page's order (members, high to low).
    const tableSlide = await read('ppt/slides/slide1.xml');
    expect(tableSlide).toContain('<a:tbl>');
    const words = [...tableSlide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1] ?? '');
    const rowStarts = words.filter((word) =>
      tableOrder.some((abbreviation) => word.startsWith(`${abbreviation} `) || word === abbreviation),
    );
    expect(rowStarts.map((word) => word.split(' ')[0])).toEqual(tableOrder);
    // The chart slide: a native bar chart with 15 categories and 14 values; unknown is a blank point.
    const charts = names.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(1);
    const chart = await read(charts[0] ?? '');
    const categories = [...(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(chart)?.[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(
      (match) => match[1],
    );
    const values = [
      ...(/<c:val>([\s\S]*?)<\/c:val>/.exec(chart)?.[1] ?? '').matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v>/g),
    ].map((match) => match[1]);
    expect(categories.toReversed()).toEqual(chartOrder);
    expect(values).toHaveLength(15);
    expect(values.filter((value) => value !== '')).toHaveLength(14);
    expect(values.toReversed()[0]).toBe('19769');
    expect(values[categories.indexOf('Zenunyu')]).toBe('');
    // In the chart's own colour.
    expect(barHex).toMatch(/^[0-9a-f]{6}$/);
    expect(chart.toLowerCase()).toContain(`<a:srgbclr val="${barHex}"`);
    // The timeline slide: the SVG with its PNG for readers that cannot draw SVG.
    expect(names.some((name) => /^ppt\/media\/.*\.svg$/.test(name))).toBe(true);
    expect(names.some((name) => /^ppt\/media\/.*\.png$/.test(name))).toBe(true);
    const notes = await Promise.all(
      names.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map(read),
    );
    expect(notes.join(' ')).toMatch(
      /This view online: http:\/\/127\.0\.0\.1:\d+\/\?view=table&amp;sort=members%3Adesc/,
    );

    // LibreOffice Impress opens it: to PDF, and the PDF's text holds every union on the table and chart slides.
    const soffice = findTool('soffice', 'libreoffice-impress');
    const profile = mkdtempSync(join(tmpdir(), 'kokko-roren-libreoffice-'));
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outputDirectory,
        file,
      ],
      {
        timeout: 180_000,
        stdio: 'ignore',
      },
    );
    const pdf = `${outputDirectory}slides.pdf`;
    const pages = execFileSync(findTool('pdftotext', 'poppler-utils'), [pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1);
    expect(pages).toHaveLength(3);
    for (const abbreviation of ABBREVIATIONS) {
      expect(pages[0]).toContain(abbreviation);
      expect(pages[1]).toContain(abbreviation);
    }
    expect(pages[1]).toContain('19,769');
    expect(readFileSync(pdf).length).toBeGreaterThan(1000);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${outputDirectory}slides`]);
  }, 240_000);
});
