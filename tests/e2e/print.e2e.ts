import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadRawDataset } from '../fixtures/loadRawDataset';
import { openPage } from './harness/browser';
import { findTool } from './harness/findTool';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();
const outputDirectory = fileURLToPath(new URL('../output/print/', import.meta.url));
const ABBREVIATIONS = loadRawDataset().foundingUnions.map((union) => String(union.abbreviation));

let pdftotext = '';
beforeAll(() => {
  pdftotext = findTool('pdftotext', 'poppler-utils');
  mkdirSync(outputDirectory, { recursive: true });
});

/** Runs of whitespace as one space: the PDF breaks lines where the page did not. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const JAPANESE = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+)/u;

/**
 * The parts of a line as pdftotext can give them back: it reads a line's Japanese runs (another
 * font, another baseline) apart from the Latin text around them, puts spaces inside them, and may
 * set a neighbouring line's words between two of the line's own; and it drops a hyphen that ends
 * a printed line. So a line is its words and its Japanese runs, each looked for without hyphens.
 */
const printedParts = (line: string) =>
  line
    .split(/\s+/)
    .flatMap((word) => word.split(JAPANESE))
    .map((part) => part.replaceAll('-', ''))
    .filter((part) => part !== '');

/**
 * Whether `part` is in `text`, whole or as two pieces: a Japanese run can wrap at any character,
 * and pdftotext then gives its two ends back apart (each piece is still looked for).
 */
const isPrinted = (part: string, text: string) =>
  text.includes(part) ||
  (JAPANESE.test(part) &&
    [...part].some((_, index) => index > 0 && text.includes(part.slice(0, index)) && text.includes(part.slice(index))));

const PAGES = [
  { name: 'explorer', path: '/', unions: true },
  { name: 'table-embed', path: '/embed/table.html', unions: true },
  { name: 'chart-embed', path: '/embed/chart.html', unions: true },
  { name: 'timeline-embed', path: '/embed/timeline.html', unions: false },
] as const;

describe('printing in Chromium (A4 landscape), read back with pdftotext', () => {
  it('reads back text from a PDF (so the checks below can fail)', async () => {
    const { page, close } = await openPage(chromium(), `${baseUrl}/embed/chart.html`);
    await page.evaluate(() => {
      document.body.textContent = 'Only this line';
    });
    const file = `${outputDirectory}probe.pdf`;
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const text = squash(execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }));
    expect(text).toBe('Only this line');
    expect(ABBREVIATIONS).toHaveLength(15);
    await close();
  });

  for (const { name, path, unions } of PAGES) {
    it(`prints ${path} with every view's title and source line${unions ? ' and all 15 unions' : ''}, nothing cut off`, async () => {
      const { page, close } = await openPage(chromium(), `${baseUrl}${path}`);
      await page.emulateMedia({ media: 'print' });
      const onPage = await page.evaluate(() =>
        [...document.querySelectorAll('[data-view]')].map((section) => ({
          title: section.querySelector('h1, h2')?.textContent ?? '',
          sources: [...section.querySelectorAll('.source-line')].map((line) => line.textContent ?? ''),
          // Nothing scrolls inside a view on paper: what does not fit would be cut off.
          clipped: [section, ...section.querySelectorAll('*')]
            .filter((element) => {
              // Text for screen readers only is clipped to a pixel on purpose.
              if (element.closest('.visually-hidden') !== null || element instanceof SVGElement) return false;
              const style = getComputedStyle(element);
              const hides = (overflow: string) => overflow !== 'visible';
              return (
                (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1) ||
                (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
              );
            })
            .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
        })),
      );
      expect(onPage.length).toBe(path === '/' ? 3 : 1);
      const file = `${outputDirectory}${name}.pdf`;
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pages = execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      // No blank page: each one holds some of the view.
      expect(pages.filter((text) => text.trim() === '').length).toBe(0);
      const text = squash(pages.join(' '));
      const compact = text.replace(/[\s-]+/g, '');
      for (const view of onPage) {
        expect(view.clipped).toEqual([]);
        expect(view.title).not.toBe('');
        expect(text).toContain(squash(view.title));
        expect(view.sources.length).toBeGreaterThan(0);
        for (const source of view.sources) {
          expect(source).toMatch(/^Sources?: /);
          const missing = printedParts(source).filter((part) => !isPrinted(part, compact));
          expect(missing).toEqual([]);
        }
      }
      if (unions) for (const abbreviation of ABBREVIATIONS) expect(text).toMatch(new RegExp(`\\b${abbreviation}\\b`));
      const pageSize = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(
        /Page size:\s+([\d.]+) x ([\d.]+) pts/,
      );
      // A4 landscape: 842 × 595 points.
      expect([Math.round(Number(pageSize?.[1])), Math.round(Number(pageSize?.[2]))]).toEqual([842, 595]);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, `${outputDirectory}${name}`]);
      await close();
    });
  }
});
