import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth } from '@/derive/estimateTextWidth';
import { layoutBars } from '@/derive/layoutBars';

describe('label widths', () => {
  it('gives kanji and kana a full em, wider than Latin letters', () => {
    expect(estimateTextWidth('国家公務員労働組合連合会')).toBe(156);
    expect(estimateTextWidth('Monbushokuso')).toBeCloseTo(91.2);
  });

  it('cuts a label that does not fit with an ellipsis, and leaves one that fits whole', () => {
    expect(truncateToWidth('Zenshiho', 200)).toBe('Zenshiho');
    const cut = truncateToWidth('Z'.repeat(200), 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut)).toBeLessThanOrEqual(100);
  });

  it('makes room in the bar chart for a Japanese label, and cuts one longer than the gutter', () => {
    const layout = layoutBars([
      { key: 'a', label: '国家公務員労働組合連合会', value: 10 },
      { key: 'b', label: 'L'.repeat(200), value: 5 },
    ]);
    expect(layout.margin.left).toBe(220);
    expect(layout.bars[0]?.shortLabel).toBe('国家公務員労働組合連合会');
    expect(layout.bars[1]?.shortLabel.endsWith('…')).toBe(true);
    expect(layout.bars[1]?.label).toBe('L'.repeat(200));
    expect(estimateTextWidth(layout.bars[1]?.shortLabel ?? '')).toBeLessThanOrEqual(layout.margin.left);
  });
});
