import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderExplorer } from '../fixtures/renderExplorer';
import { makeSecondDataset } from '../fixtures/secondDataset';

const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;

/** Text with kana or kanji in it that no element marks as Japanese (`lang` starting "ja"), each with its parent's tag. */
export function findUnmarkedJapanese(root: Element): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const unmarked: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!KANA_OR_KANJI.test(text)) continue;
    const marked = node.parentElement?.closest('[lang]')?.getAttribute('lang')?.startsWith('ja') === true;
    if (!marked) unmarked.push(`<${node.parentElement?.tagName.toLowerCase()}> ${text.trim().slice(0, 60)}`);
  }
  return unmarked;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('Japanese text', () => {
  it('is marked lang="ja" wherever it shows on the explorer, the event list and the tooltips included', () => {
    renderExplorer('?step=kokko-soren-founded');
    act(() => screen.getByRole('img', { name: /^20 October 1989/ }).focus());
    expect(findUnmarkedJapanese(document.body)).toEqual([]);
  });

  it('is marked in a dataset whose labels, abbreviations and names are Japanese', () => {
    renderExplorer('?step=ja-only', { ok: true, dataset: makeSecondDataset() });
    expect(findUnmarkedJapanese(document.body)).toEqual([]);
  });
});
