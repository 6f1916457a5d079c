import { describe, expect, it } from 'vitest';
import { createTextMeasure, wrapToWidth } from '@/charts/export/wrapToWidth';

/** One unit per character: what fits is easy to count. */
const count = (text: string) => [...text].length;

describe('wrapToWidth', () => {
  it('breaks Latin text at spaces, never wider than the width', () => {
    expect(wrapToWidth('Source: Japan Federation of National Public Service', 20, count)).toEqual([
      'Source: Japan',
      'Federation of',
      'National Public',
      'Service',
    ]);
  });

  it('breaks a run with no spaces (Japanese) at any character where it is too wide alone', () => {
    const lines = wrapToWidth('Source: 日本国家公務員労働組合連合会 (Japanese Wikipedia)', 10, count);
    expect(lines).toEqual(['Source: 日本', '国家公務員労働組合連', '合会', '(Japanese', 'Wikipedia)']);
  });

  it('gives no line for no text', () => {
    expect(wrapToWidth('', 100, count)).toEqual([]);
  });
});

describe('createTextMeasure without a canvas (jsdom)', () => {
  it('counts a full-width character as one em and a Latin one as 0.6 em', () => {
    const measure = createTextMeasure(document);
    expect(measure('日本', 10, 400)).toBe(20);
    expect(measure('ab', 10, 400)).toBe(12);
  });
});
