import { describe, expect, it } from 'vitest';
import { layoutBars } from '@/derive/layoutBars';
import { scaleLinear } from 'd3-scale';

const DATA = [
  { key: 'A', label: 'Alpha', value: 200 },
  { key: 'B', label: 'Beta', value: 50 },
  { key: 'U', label: 'Unknown', value: null },
];

describe('layoutBars', () => {
  it('scales from zero to the largest known value across the whole plot', () => {
    const layout = layoutBars(DATA);
    expect(layout.xScale.domain[0]).toBe(0);
    expect(layout.xScale.domain[1]).toBeGreaterThanOrEqual(200);
    expect(layout.xScale.range).toEqual([0, 1]);
    expect(layout.ticks[0]).toEqual({ value: 0, x: 0, densities: [0, 1, 2] });
    expect(layout.ticks.at(-1)?.x).toBeLessThanOrEqual(1);
  });

  it('makes bar lengths proportional to the values, as fractions of the plot', () => {
    const [alpha, beta] = layoutBars(DATA).bars;
    expect(alpha?.length).toBeCloseTo(4 * (beta?.length ?? 0), 6);
    expect(alpha?.length).toBeLessThanOrEqual(1);
  });

  it('keeps the order given and gives an unknown value its own slot, with no length', () => {
    const { bars } = layoutBars(DATA);
    expect(bars.map((bar) => bar.key)).toEqual(['A', 'B', 'U']);
    expect(bars[2]?.length).toBeNull();
    expect(bars[2]?.value).toBeNull();
    expect(bars[2]?.y).toBeGreaterThan(bars[1]?.y ?? Infinity);
    expect(bars[2]?.height).toBe(bars[0]?.height);
    expect(bars[2]?.height).toBeGreaterThan(0);
  });

  it('grows in height with the number of bars, and gives labels the room the longest needs', () => {
    const layout = layoutBars(DATA);
    expect(layoutBars([...DATA, { key: 'C', label: 'C', value: 1 }]).height).toBeGreaterThan(layout.height);
    expect(layoutBars([{ key: 'L', label: 'A much longer label', value: 1 }]).margin.left).toBeGreaterThan(
      layout.margin.left,
    );
  });

  it('offers three tick densities over one domain, each an even set of ticks', () => {
    const { ticks, xScale } = layoutBars([{ key: 'Z', label: 'Zenrodo', value: 19769 }]);
    const at = (density: number) => ticks.filter((tick) => tick.densities.includes(density)).map((tick) => tick.value);
    expect(at(0)).toEqual(scaleLinear().domain(xScale.domain).ticks(2));
    expect(at(1)).toEqual(scaleLinear().domain(xScale.domain).ticks(5));
    expect(at(2)).toEqual(scaleLinear().domain(xScale.domain).ticks(10));
    expect(at(0).length).toBeLessThan(at(1).length);
    expect(at(1).length).toBeLessThan(at(2).length);
  });

  it('draws a domain even when nothing is known', () => {
    const layout = layoutBars([{ key: 'U', label: 'U', value: null }]);
    expect(layout.xScale.domain).toEqual([0, 1]);
    expect(layout.bars[0]?.length).toBeNull();
  });
});

describe('layoutBars against d3-scale', () => {
  // The hand-written linear map must agree with scaleLinear().nice(5) wherever the chart uses it.
  it.each([141152, 87112, 19769, 3, 0.246])('matches scaleLinear for a largest value of %d', (largest) => {
    const data = [
      { key: 'L', label: 'Largest', value: largest },
      { key: 'T', label: 'Third', value: largest / 3 },
    ];
    const layout = layoutBars(data);
    const d3 = scaleLinear().domain([0, largest]).range([0, 1]).nice(5);
    expect(layout.xScale.domain).toEqual(d3.domain());
    layout.bars.forEach((bar, index) => expect(bar.length).toBeCloseTo(d3(data[index]?.value ?? NaN), 12));
  });
});
