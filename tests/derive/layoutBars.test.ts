import { describe, expect, it } from 'vitest';
import { layoutBars } from '@/derive/layoutBars';

const DATA = [
  { key: 'A', label: 'Alpha', value: 200 },
  { key: 'B', label: 'Beta', value: 50 },
  { key: 'U', label: 'Unknown', value: null },
];

describe('layoutBars', () => {
  it('scales from zero to the largest known value across the inner width', () => {
    const layout = layoutBars(DATA, { width: 600 });
    expect(layout.xScale.domain()[0]).toBe(0);
    expect(layout.xScale.domain()[1]).toBeGreaterThanOrEqual(200);
    expect(layout.xScale.range()).toEqual([0, layout.innerWidth]);
    expect(layout.innerWidth).toBe(600 - layout.margin.left - layout.margin.right);
    expect(layout.ticks[0]).toBe(0);
  });

  it('makes bar lengths proportional to the values', () => {
    const [alpha, beta] = layoutBars(DATA, { width: 600 }).bars;
    expect(alpha?.length).toBeCloseTo(4 * (beta?.length ?? 0), 6);
  });

  it('keeps the order given and gives an unknown value its own slot, with no length', () => {
    const { bars, yScale } = layoutBars(DATA, { width: 600 });
    expect(bars.map((bar) => bar.key)).toEqual(['A', 'B', 'U']);
    expect(bars[2]?.length).toBeNull();
    expect(bars[2]?.value).toBeNull();
    expect(bars[2]?.y).toBeGreaterThan(bars[1]?.y ?? Infinity);
    expect(bars[2]?.height).toBeCloseTo(yScale.bandwidth(), 2);
  });

  it('grows in height with the number of bars and fits narrow widths with fewer ticks', () => {
    const wide = layoutBars(DATA, { width: 1200 });
    const narrow = layoutBars(DATA, { width: 320 });
    expect(layoutBars([...DATA, { key: 'C', label: 'C', value: 1 }], { width: 600 }).height).toBeGreaterThan(wide.height);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    expect(narrow.margin.left + narrow.innerWidth + narrow.margin.right).toBeLessThanOrEqual(320);
  });

  it('draws a domain even when nothing is known', () => {
    const layout = layoutBars([{ key: 'U', label: 'U', value: null }], { width: 400 });
    expect(layout.xScale.domain()).toEqual([0, 1]);
    expect(layout.bars[0]?.length).toBeNull();
  });
});
