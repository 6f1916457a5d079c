import { describe, expect, it } from 'vitest';
import { layoutBars } from '@/derive/layoutBars';
import { scaleLinear } from 'd3-scale';

const DATA = [
  { key: 'A', label: 'Alpha', value: 200 },
  { key: 'B', label: 'Beta', value: 50 },
  { key: 'U', label: 'Unknown', value: null },
];

describe('layoutBars', () => {
  it('scales from zero to the largest known value across the inner width', () => {
    const layout = layoutBars(DATA, { width: 600 });
    expect(layout.xScale.domain[0]).toBe(0);
    expect(layout.xScale.domain[1]).toBeGreaterThanOrEqual(200);
    expect(layout.xScale.range).toEqual([0, layout.innerWidth]);
    expect(layout.innerWidth).toBe(600 - layout.margin.left - layout.margin.right);
    expect(layout.ticks[0]).toBe(0);
  });

  it('makes bar lengths proportional to the values', () => {
    const [alpha, beta] = layoutBars(DATA, { width: 600 }).bars;
    expect(alpha?.length).toBeCloseTo(4 * (beta?.length ?? 0), 6);
  });

  it('keeps the order given and gives an unknown value its own slot, with no length', () => {
    const { bars } = layoutBars(DATA, { width: 600 });
    expect(bars.map((bar) => bar.key)).toEqual(['A', 'B', 'U']);
    expect(bars[2]?.length).toBeNull();
    expect(bars[2]?.value).toBeNull();
    expect(bars[2]?.y).toBeGreaterThan(bars[1]?.y ?? Infinity);
    expect(bars[2]?.height).toBe(bars[0]?.height);
    expect(bars[2]?.height).toBeGreaterThan(0);
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
    expect(layout.xScale.domain).toEqual([0, 1]);
    expect(layout.bars[0]?.length).toBeNull();
  });
});

describe('layoutBars against d3-scale', () => {
  // The hand-written linear map must agree with scaleLinear().nice(count) wherever the chart uses it.
  it.each([
    [320, 141152],
    [640, 87112],
    [1280, 19769],
    [1920, 3],
    [500, 0.246],
  ])('matches scaleLinear at %i px for a largest value of %d', (width, largest) => {
    const data = [
      { key: 'L', label: 'Largest', value: largest },
      { key: 'T', label: 'Third', value: largest / 3 },
    ];
    const layout = layoutBars(data, { width });
    const count = Math.max(2, Math.floor(layout.innerWidth / 72));
    const d3 = scaleLinear().domain([0, largest]).range([0, layout.innerWidth]).nice(count);
    expect(layout.xScale.domain).toEqual(d3.domain());
    expect(layout.ticks).toEqual(d3.ticks(count));
    expect(layout.bars.map((bar) => bar.length)).toEqual(data.map((datum) => Math.round(d3(datum.value) * 100) / 100));
  });
});
