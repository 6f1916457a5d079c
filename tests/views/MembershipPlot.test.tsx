import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '@/dataset/embeddedDataset';
import { formatCount } from '@/derive/format';
import { layoutBars } from '@/derive/layoutBars';
import { MembershipPlot } from '@/views/chart/MembershipPlot';
import { resolveSvgLength } from './resolveSvgLength';

if (!embeddedDataset.ok) throw new Error('embedded dataset refused');
const unions = [...embeddedDataset.dataset.foundingUnions].sort((a, b) => (b.members ?? -1) - (a.members ?? -1));
const layout = layoutBars(
  unions.map((union) => ({ key: union.abbreviation, label: union.abbreviation, value: union.members })),
);
const WIDTHS = [320, 768, 1280];
const noop = () => undefined;

/** Draws the chart as a frame `width` px wide would, with the tooltip on `tooltipKey`'s bar. */
function drawAt(width: number, tooltipKey = 'Zenrodo') {
  const view = render(
    <MembershipPlot
      width={width}
      height={0}
      layout={layout}
      title="1980 membership"
      formatValue={formatCount}
      formatTick={formatCount}
      describeBar={(bar) => bar.label}
      highlight={null}
      filteredOut={new Set()}
      activeIndex={0}
      minHeight={layout.height}
      onActiveChange={noop}
      onBarEnter={noop}
      onBarLeave={noop}
      onBarPress={noop}
      tooltip={{ id: 'tip', key: tooltipKey, content: tooltipKey }}
    />,
  );
  const svg = view.container.querySelector('svg[role="group"]');
  if (svg === null) throw new Error('no chart');
  const [gutter, valueRoom] = view.container.querySelectorAll<SVGSVGElement>('svg.bar-chart__gutter');
  // The plot is what the label gutter and the value room leave of the frame (a flex row).
  const gutterWidth = resolveSvgLength(gutter?.getAttribute('width') ?? null, 0);
  const roomWidth = resolveSvgLength(valueRoom?.getAttribute('width') ?? null, 0);
  const plotWidth = width - gutterWidth - roomWidth;
  const x = (element: Element, name = 'x') => resolveSvgLength(element.getAttribute(name), plotWidth);
  return { view, svg, gutterWidth, roomWidth, plotWidth, x };
}

describe('the membership chart at 320, 768 and 1280 px', () => {
  it.each(WIDTHS)('at %i px keeps the gutter and value room the layout asks for; the plot takes the rest', (width) => {
    const { gutterWidth, roomWidth, plotWidth, view } = drawAt(width);
    expect(gutterWidth).toBeCloseTo(layout.margin.left, 0);
    expect(roomWidth).toBeCloseTo(layout.margin.right, 0);
    expect(plotWidth).toBeGreaterThan(width / 2 - 60);
    view.unmount();
  });

  it.each(WIDTHS)('at %i px draws every bar, tick and value inside the frame and the chart’s height', (width) => {
    const { svg, plotWidth, roomWidth, gutterWidth, x, view } = drawAt(width);
    for (const mark of svg.querySelectorAll('.bar__mark, .bar-unknown')) {
      expect(x(mark) + x(mark, 'width')).toBeLessThanOrEqual(plotWidth + 0.01);
    }
    for (const value of svg.querySelectorAll('.bar__value')) {
      // A value label starts after its bar and is at most six figures of 12 px type.
      const start = x(value) + resolveSvgLength(value.getAttribute('dx') ?? '0', 0);
      expect(start + (value.textContent ?? '').length * 7).toBeLessThanOrEqual(plotWidth + roomWidth);
    }
    for (const tick of svg.querySelectorAll('.bar-grid text')) {
      const half = ((tick.textContent ?? '').length * 7) / 2;
      expect(x(tick) - half).toBeGreaterThanOrEqual(-gutterWidth);
      expect(x(tick) + half).toBeLessThanOrEqual(plotWidth + roomWidth);
    }
    for (const element of svg.querySelectorAll('line, rect:not(.bar__hit), text')) {
      for (const name of ['y', 'y1', 'y2']) {
        const y = element.getAttribute(name);
        if (y !== null) expect(resolveSvgLength(y, 100)).toBeGreaterThanOrEqual(0);
        if (y !== null) expect(resolveSvgLength(y, 100)).toBeLessThanOrEqual(100);
      }
    }
    view.unmount();
  });

  it('scales the bars with the plot’s width, keeping their proportions', () => {
    const drawn = WIDTHS.map((width) => {
      const { svg, plotWidth, x, view } = drawAt(width);
      const zenrodo = within(svg as HTMLElement)
        .getByRole('img', { name: 'Zenrodo' })
        .querySelector('.bar__mark');
      const length = zenrodo === null ? Number.NaN : x(zenrodo, 'width');
      view.unmount();
      return { plotWidth, length };
    });
    const [narrow, medium, wide] = drawn.map(({ length }) => length);
    expect(wide).toBeGreaterThan(medium ?? Number.NaN);
    expect(medium).toBeGreaterThan(narrow ?? Number.NaN);
    const shares = drawn.map(({ plotWidth, length }) => length / plotWidth);
    for (const share of shares) expect(share).toBeCloseTo(shares[0] ?? Number.NaN, 6);
  });

  it.each(WIDTHS)('at %i px points the tooltip just past its bar, and keeps it inside the frame', (width) => {
    for (const key of ['Zenrodo', 'Zenzeikan', 'Zenunyu']) {
      const { gutterWidth, plotWidth, svg, view } = drawAt(width, key);
      const tooltip = screen.getByRole('tooltip');
      const left = Number.parseFloat(tooltip.style.left);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + Number.parseFloat(tooltip.style.width)).toBeLessThanOrEqual(width);
      const mark = within(svg as HTMLElement)
        .getByRole('img', { name: key })
        .querySelector('.bar__mark, .bar-unknown');
      const end = gutterWidth + resolveSvgLength(mark?.getAttribute('width') ?? null, plotWidth);
      // Where the tooltip fits after the bar, it starts there; else it is pushed back inside the frame.
      if (end + 12 + 248 <= width) expect(left).toBeCloseTo(end + 12, 0);
      view.unmount();
    }
  });
});
