import { describe, expect, inject, it } from 'vitest';
import { openPage } from './harness/browser';
import { startChromium } from './harness/startChromium';

const baseUrl = inject('baseUrl');
const chromium = startChromium();

const PAGES = ['', 'embed/table.html', 'embed/chart.html', 'embed/timeline.html'];

/** Text with kana or kanji that no element marks as Japanese, with its parent's tag: run in the page. */
function findUnmarkedJapanese(): string[] {
  const japanese = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const unmarked: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!japanese.test(text) || node.parentElement?.closest('script, style') !== null) continue;
    if (node.parentElement?.closest('[lang]')?.getAttribute('lang')?.startsWith('ja') !== true) {
      unmarked.push(`<${node.parentElement?.tagName.toLowerCase()}> ${text.trim().slice(0, 60)}`);
    }
  }
  return unmarked;
}

describe('Japanese text in Chromium', () => {
  for (const file of PAGES) {
    it(`is marked lang="ja" on /${file}, as prerendered and once hydrated`, async () => {
      const browser = chromium();
      const prerendered = await browser.newContext({ javaScriptEnabled: false });
      const page = await prerendered.newPage();
      await page.goto(`${baseUrl}/${file}`);
      await expect(page.evaluate(findUnmarkedJapanese)).resolves.toEqual([]);
      await prerendered.close();

      const hydrated = await openPage(browser, `${baseUrl}/${file}`);
      await expect(hydrated.page.evaluate(findUnmarkedJapanese)).resolves.toEqual([]);
      await hydrated.close();
    });
  }
});
